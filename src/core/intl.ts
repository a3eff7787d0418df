/**
 * Intl objects, made once per locale and options and reused: building one costs far more than
 * using it (ICU loads and parses locale data, and keeps native memory that a garbage collection
 * does not return). At 10,000 events, a new formatter per date label was a quarter of the build's
 * CPU and most of its memory (issue 9).
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

const keyOf = (kind: string, locale: string, options: object = {}) => `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  once(keyOf("date", locale, options), () => new Intl.DateTimeFormat(locale, options));

export const displayNames = (locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames =>
  once(keyOf("names", locale, { type }), () => new Intl.DisplayNames([locale], { type }));

export const segmenter = (locale: string, granularity: Intl.SegmenterOptions["granularity"] = "word"): Intl.Segmenter =>
  once(keyOf("segmenter", locale, { granularity }), () => new Intl.Segmenter(locale, { granularity }));

export const pluralRules = (locale: string): Intl.PluralRules => once(keyOf("plural", locale), () => new Intl.PluralRules(locale));

export const collator = (locale: string): Intl.Collator => once(keyOf("collator", locale), () => new Intl.Collator(locale));

export const intlLocale = (tag: string): Intl.Locale => once(keyOf("locale", tag), () => new Intl.Locale(tag));
