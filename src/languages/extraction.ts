/**
 * What a language pack gives the extraction engine, after chrono-node: a locale is a set of
 * parsers (a pattern plus an extract function) and data for the shared refiners;
 * every candidate separates what the text stated from what was implied. It lives with the
 * packs (src/languages/), below the engine, so a pack's parsers import nothing from the stages.
 */

/** Calendar parts a mention can state. */
export interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

/** How a date relates to the reference (publication) date or to the text before it. */
export type Relative =
  | { kind: "days"; offset: number } // 昨天 = -1, today = 0
  // 1 = Monday … 7 = Sunday. "on-or-before": bare "Saturday", اليوم (الخميس); "before": "last Friday",
  // เมื่อวันศุกร์ที่ผ่านมา; "last-week": 上周五 (Friday of the previous calendar week); "after": الثلاثاء المقبل, "next Tuesday"
  // "this-week"/"next-week": 本周三, 下周一 (in the reference's calendar week, or the one after)
  // `days` counts on from that weekday: the Sunday after the latest Saturday is { weekday: 6, which: "on-or-before", days: 1 }
  | { kind: "weekday"; weekday: number; which: "on-or-before" | "before" | "last-week" | "after" | "this-week" | "next-week"; days?: number }
  | { kind: "month"; offset: number } // الجاري = 0, الماضي = -1 (with a stated day or month part)
  | { kind: "year"; offset: number } // "this year" = 0, "March last year" = -1 (with any stated month/day)
  | { kind: "same-day"; offset?: number } // 当天, วันเดียวกัน: the day last mentioned; "the next day" = +1
  | { kind: "reference" }; // 日前, 近日, 截至目前: the reference date itself

/** One end of a mention: the parts the text stated, and how to find the rest. */
export interface DateSpec {
  known: Parts;
  relative?: Relative;
  /** The text says the date is ahead ("next", المقبل, "will be held"): resolve a yearless date forward. */
  future?: boolean;
  /**
   * A yearless month named as the last or next one: "last October", "octubre pasado", "octobre dernier"
   * (the latest such month before the reference's month), "next March" (the first one after it).
   */
  side?: "last" | "next";
}

/** Part of a month (early/mid/late), approximate, before, as-of. */
export type Mod = "START" | "MID" | "END" | "APPROX" | "BEFORE" | "ASOF";
export type Role = "dateline" | "event" | "asof";

/** What a parser proposes, before refiners and resolution. Offsets are UTF-16 indexes. */
export interface Candidate {
  index: number;
  text: string;
  start: DateSpec;
  end?: DateSpec;
  mod?: Mod;
  role?: Role;
  rules: string[];
  /** For a range the refiners joined: its two sides, used on their own if the range is impossible. */
  parts?: Candidate[];
  /** Joined by a list word ("and", 和, และ) rather than a range word: one range only if the sides are adjacent. */
  list?: boolean;
  /**
   * Vague past ("recently", 近期, مؤخرا, недавно): no date of its own. Read only when the extraction
   * is asked for them (ExtractOptions.vague, `datelines extract --vague`); dropped otherwise.
   */
  vague?: boolean;
}

export interface ParserContext {
  /** The normalised text (digits in ASCII, same length as the original). */
  text: string;
}

export interface Parser {
  /** Rule id, reported with every result, e.g. "zh.month-day". */
  id: string;
  /** Searched over the whole text; the engine adds the `g` flag. */
  pattern: RegExp;
  /** Turns a match into zero or more candidates. Return null to reject the match. */
  extract(match: RegExpExecArray, context: ParserContext): Omit<Candidate, "rules"> | Omit<Candidate, "rules">[] | null;
}

/** Data a locale gives the shared refiners. Shared code never branches on a language. Every field is required: a locale without one fails to type-check and the parity test. */
export interface LocaleData {
  /** Words joining two dates into a range: 至, 到, "to", "-", "إلى", "ถึง". */
  rangeConnector: RegExp;
  /** Words joining two dates into a list of days: 和, 、, "and", "و", "และ". */
  listConnector: RegExp;
  /** Words just before a date that make a list connector after it a range word: "entre el" (… y el …), "между". */
  rangeOpener?: RegExp;
  /** Text that looks like a date and is not: COVID-19, "2030 Agenda", counts with classifiers. */
  nonDates: RegExp[];
  /** Words before a date that make it an as-of date: 截至, "as of", حتى, จนถึง (matched just before the date). */
  asOfBefore: RegExp;
  /** Words just before a date that put it ahead of the report: 推迟至, 原定于, "postponed to", "scheduled for". */
  futureBefore: RegExp;
}

export interface Locale {
  /** BCP 47 tag, e.g. "zh", "en", "ar", "th". */
  tag: string;
  /** Other tags this locale serves, e.g. ["zh-Hans", "zh-Hant"]. */
  aliases?: string[];
  /** Share of the text written in this locale's script or words, 0–1, for language detection. */
  detect(text: string): number;
  parsers: Parser[];
  data: LocaleData;
}
