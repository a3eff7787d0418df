/**
 * A language tag in the form Open Graph's `og:locale` takes: language_TERRITORY, as in the
 * locales Facebook lists (en_US, zh_CN, th_TH). The territory is the language's most likely
 * one (CLDR's likely subtags); Arabic has the pan-Arab ar_AR in that list instead of a country.
 */
const LISTED: Record<string, string> = { ar: "ar_AR" };

const known = new Map<string, string>();

export function ogLocale(lang: string): string {
  let tag = known.get(lang);
  if (tag === undefined) {
    const locale = new Intl.Locale(lang).maximize();
    known.set(lang, (tag = LISTED[locale.language] ?? `${locale.language}_${locale.region ?? locale.language.toUpperCase()}`));
  }
  return tag;
}
