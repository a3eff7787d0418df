/**
 * Months and years counted back from the publication date: "three years ago" (the year, 2017 in
 * 2020), "a year ago", "two months ago" (the month). "a year earlier" and "a month earlier" count
 * from the publication date only when nothing else in the sentence is dated ("in March, up from 5%
 * a year earlier" compares with March: left alone rather than guessed). ("three days ago" and
 * "two weeks ago" are days: relative-day.ts.)
 */
import type { Parser } from "../../extraction.ts";
import { MONTH_ALONE, NUMBER_WORDS, countNumber } from "../constants.ts";

const COUNT = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;
/** Something dated earlier in the same sentence: a year, a month name, a weekday-like anchor. */
const DATED = new RegExp(`\\b(?:1[89]\\d\\d|20\\d\\d)\\b|${MONTH_ALONE}|\\b(?:yesterday|today|last|this|previous|quarter|period)\\b`, "i");

export const yearsAgo: Parser = {
  id: "en.years-ago",
  pattern: new RegExp(`\\b(${COUNT})\\s+(years?|months?)\\s+(ago|earlier|before)\\b(?!\\s+(?:that|when|the|this|his|her|its|their)\\b)`, "i"),
  extract(m, { text }) {
    const n = countNumber(m[1]!);
    const unit = m[2]!.toLowerCase();
    if (!n || n > 99 || (n === 1) === unit.endsWith("s")) return null; // "one years ago": not news English
    if (m[3]!.toLowerCase() !== "ago") {
      // "a year earlier" is relative to the sentence's own date when it has one.
      const sentence = text.slice(Math.max(0, m.index - 200), m.index).split(/[.!?\n]\s/).at(-1)!;
      if (DATED.test(sentence) || /\b(?:than|from|compared|versus|vs)\b/i.test(sentence)) return null;
    }
    const kind = unit.startsWith("year") ? ("year" as const) : ("month" as const);
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind, offset: -n } } };
  },
};
