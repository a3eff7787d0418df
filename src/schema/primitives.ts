/**
 * Primitive value types shared by every data file. Each is a zod schema; the
 * TypeScript type of the same name is derived from it, never written by hand.
 */
import countries from "i18n-iso-countries";
import { z } from "zod";
import { PARTIAL_DATE_FORM, partialDateProblem } from "../core/partial-date.ts";

export { partialDateProblem };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date stated to the day, month or year: "2020", "2020-03", "2020-03-27". */
export const PartialDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: "Calendar date to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.", pattern: PARTIAL_DATE_FORM.source });
export type PartialDate = z.infer<typeof PartialDate>;

/** A full calendar day, YYYY-MM-DD (rejects 2020-02-30). */
export const IsoDate = z.iso.date().meta({ description: "Calendar day, YYYY-MM-DD." });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with an explicit UTC offset, e.g. 2026-11-23T09:00:00Z. */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "Instant with offset, e.g. 2026-11-23T09:00:00Z." });
export type Timestamp = z.infer<typeof Timestamp>;

export const EventId = z
  .string()
  .max(80)
  .regex(SLUG, "use lowercase letters, digits and single hyphens, e.g. 2020-03-29-laos-expert-team")
  .brand<"EventId">()
  .meta({ description: "Stable id; the event's permalink is /events/<id>/ and never changes." });
export type EventId = z.infer<typeof EventId>;

export const SourceId = z
  .string()
  .max(80)
  .regex(SLUG, "use lowercase letters, digits and single hyphens")
  .brand<"SourceId">()
  .meta({ description: "Id of a source in _data/sources.json." });
export type SourceId = z.infer<typeof SourceId>;

export const Tag = z
  .string()
  .max(40)
  .regex(SLUG, "use lowercase letters, digits and single hyphens, e.g. medical-team");
export type Tag = z.infer<typeof Tag>;

/** Codes written for a country that ISO 3166-1 does not give it (reserved for other uses), and the fix. */
const MISTAKEN_CODES: Record<string, string> = {
  UK: "the United Kingdom is GB",
  EL: "Greece is GR (EL is the European Union's own code)",
  EU: "the European Union is not a country: list its member states, or give the event a tag",
};

/** The fix for a code often written for a country that ISO 3166-1 gives another ("UK": GB), if `code` is one. */
export function mistakenCountryCode(code: string): string | undefined {
  return MISTAKEN_CODES[code.toUpperCase()];
}

/** ISO 3166-1 alpha-2 country code, upper case (LA = Laos; not a language tag). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "use an upper-case ISO 3166-1 alpha-2 code, e.g. LA")
  .refine((code) => countries.isValid(code), { error: (issue) => `is not an ISO 3166-1 alpha-2 country code; ${mistakenCountryCode(String(issue.input)) ?? "look the country up in ISO 3166-1 (e.g. LA is Laos, GB the United Kingdom)"}` })
  .brand<"CountryCode">()
  .meta({ description: "ISO 3166-1 alpha-2 country code, e.g. LA." });
export type CountryCode = z.infer<typeof CountryCode>;

/** BCP 47 language tag in canonical form (zh-Hans, ar, th, en). */
export const LangTag = z
  .string()
  .refine(isCanonicalLangTag, { message: "is not a canonical BCP 47 language tag (e.g. en, zh-Hans, ar, th)" })
  .refine(isKnownLanguage, { message: "is no language's code; use the language's BCP 47 tag, e.g. en, zh-Hans, ar, th" })
  .brand<"LangTag">()
  .meta({ description: "BCP 47 language tag, e.g. zh-Hans, ar, th, en." });
export type LangTag = z.infer<typeof LangTag>;

/** Plain text: no control characters that break XML feeds or bidi layout. */
export const Text = (max: number) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !UNSAFE_CHARS.test(s), {
      message: "contains a control or bidi-override character; remove it",
    })
    .refine((s) => s.isWellFormed(), {
      message: "contains a lone surrogate (half of a character, e.g. \\ud800): fix the escape or paste the character itself",
    });

// C0 controls except tab/newline, C1 controls, lone surrogates' neighbours in XML (U+FFFE/FFFF),
// and explicit bidi embeddings/overrides/isolates, which can reorder text around them.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;

export const HttpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).meta({
  description: "Absolute http(s) URL.",
});

function isCanonicalLangTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
/**
 * A two-letter language subtag must be one CLDR names ("xx" is well formed but no language); a
 * three-letter one is taken as written, as CLDR does not name every ISO 639-3 language a source may be in.
 */
function isKnownLanguage(tag: string): boolean {
  try {
    const { language } = new Intl.Locale(tag);
    return language.length !== 2 || languageNames.of(language) !== undefined;
  } catch {
    return true; // not well formed: isCanonicalLangTag says so
  }
}

/** No value twice (ids in a list, tags on an event). */
export function allDifferent(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
