/**
 * Months joined in one expression: "ม.ค.-มิ.ย.", "มกราคม-มิถุนายน 2563", "เดือนเมษายนถึงเดือนมิถุนายน".
 * Two month abbreviations joined by a dash are months even without a year (unlike ก.พ. alone).
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, YEAR_AFTER, monthNumber, toYear } from "../constants.ts";

export const monthRange: Parser = {
  id: "th.month-range",
  pattern: new RegExp(`(?<!\\d\\s*)(?:เดือน\\s*)?(${MONTH})\\s*(?:-|–|(?:จน)?ถึง\\s*(?:เดือน)?)\\s*(${MONTH})${YEAR_AFTER}`),
  extract(m) {
    const year = m[4] === undefined ? undefined : toYear(m[4], m[3]);
    if (m[4] !== undefined && year === undefined) return null;
    const y = year === undefined ? {} : { year };
    const [first, last] = [monthNumber(m[1]!), monthNumber(m[2]!)];
    if (last <= first) return null;
    return { index: m.index, text: m[0], start: { known: { month: first, ...y } }, end: { known: { month: last, ...y } } };
  },
};
