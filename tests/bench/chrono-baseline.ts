/**
 * Plain chrono-node as a baseline for the extraction benchmark: the same documents
 * and reference date, results converted to the shape `datelines extract --json`
 * prints (text, code-point index, value).
 *
 * The value follows what chrono knows, read with `start.get()` (known values first,
 * then implied ones, as chrono itself does): YYYY-MM-DD when the day (or a weekday,
 * or a relative day) is certain, YYYY-MM when only the month is, YYYY when only the
 * year is; "START/END" when chrono found a range. Time-only results ("at 3 pm")
 * keep the implied day, so they count against chrono as they would for a user.
 * Whitespace and commas chrono takes in around a date are trimmed from its spans.
 */
import * as chrono from "chrono-node";

export interface Found {
  text: string;
  /** Code points. */
  index: number;
  value: string;
}

const LEADING = /^[\s,，、。;；:：]+/u;
const TRAILING = /[\s,，、。;；:：]+$/u;

type Parse = (text: string, ref?: Date) => chrono.ParsedResult[];

/**
 * chrono-node 2.10.3 has parsers for Simplified Chinese, English, Arabic, Spanish, French and
 * Russian (their default, day-first configurations); none for Thai.
 */
const PARSERS: Record<string, { name: string; parse: Parse }> = {
  zh: { name: "chrono.zh.hans", parse: (t, r) => chrono.zh.hans.parse(t, r) },
  en: { name: "chrono.en", parse: (t, r) => chrono.en.parse(t, r) },
  ar: { name: "chrono.ar", parse: (t, r) => chrono.ar.parse(t, r) },
  es: { name: "chrono.es", parse: (t, r) => chrono.es.parse(t, r) },
  fr: { name: "chrono.fr", parse: (t, r) => chrono.fr.parse(t, r) },
  ru: { name: "chrono.ru", parse: (t, r) => chrono.ru.parse(t, r) },
};

/** The chrono parser for a language tag (zh-Hans → zh), or undefined when chrono has none. */
export function chronoFor(lang: string): { name: string; parse: Parse } | undefined {
  const tag = lang.toLowerCase();
  if (tag === "zh-hant" || tag === "zh-tw" || tag === "zh-hk") return { name: "chrono.zh.hant", parse: (t, r) => chrono.zh.hant.parse(t, r) };
  let base = tag;
  try {
    base = new Intl.Locale(lang).language;
  } catch {
    // keep the tag as given
  }
  return PARSERS[tag] ?? PARSERS[base];
}

/**
 * Runs chrono on a text with the given reference day (YYYY-MM-DD). The reference is
 * noon local time on that day, so chrono's implied day is that day in any time zone.
 */
export function chronoMentions(lang: string, text: string, reference: string): Found[] | undefined {
  const parser = chronoFor(lang);
  if (!parser) return undefined;
  const [y, m, d] = reference.split("-").map(Number) as [number, number, number];
  const ref = new Date(y, m - 1, d, 12, 0, 0, 0);
  const toCodePoint = codePoints(text);
  return parser.parse(text, ref).map((r) => {
    const start = value(r.start);
    // chrono's zh and en parsers often take in the whitespace or comma around a date ("，3月15日", "Feb. 11 ");
    // trim it, so the strict score measures real span disagreements only.
    const lead = LEADING.exec(r.text)?.[0] ?? "";
    const trimmed = r.text.slice(lead.length).replace(TRAILING, "");
    return {
      text: trimmed || r.text,
      index: toCodePoint(r.index + (trimmed ? lead.length : 0)),
      value: r.end ? `${start}/${value(r.end)}` : start,
    };
  });
}

function value(c: chrono.ParsedComponents): string {
  const pad = (n: number | null, width = 2) => String(n ?? 0).padStart(width, "0");
  const year = pad(c.get("year"), 4);
  const dayKnown = c.isCertain("day") || c.isCertain("weekday");
  const monthKnown = c.isCertain("month");
  const yearKnown = c.isCertain("year");
  const timeOnly = !dayKnown && !monthKnown && !yearKnown;
  if (dayKnown || timeOnly) return `${year}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
  if (monthKnown) return `${year}-${pad(c.get("month"))}`;
  return year;
}

/** UTF-16 index → code-point index. */
function codePoints(text: string): (utf16: number) => number {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    prefix[i + 1] = prefix[i]! + (low ? 0 : 1);
  }
  return (i) => prefix[Math.min(i, text.length)]!;
}
