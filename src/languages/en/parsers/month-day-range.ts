/**
 * Days of one month written once: "March 27-28", "March 3 to 5", "March 27 and 28",
 * "March 3, 4 and 5", "Feb. 3-9, 2020" → one mention from the first day to the last.
 * (Ranges across months, "March 30 to April 2", are joined by the shared mergeRanges.)
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, ORD, QUANTITY_AFTER, after, dayNumber, monthNumber } from "../constants.ts";

const DAY = `\\d{1,2}${ORD}\\b`;
const RANGE = `\\s*(?:-|–|to|through|until)\\s*${DAY}`;
const LIST = `(?:,\\s*${DAY}){0,4},?\\s+and\\s+${DAY}`;

export const monthDayRange: Parser = {
  id: "en.month-day-range",
  pattern: new RegExp(`\\b(${MONTH})\\s+(${DAY}(?:${RANGE}|${LIST}))(?:,?\\s+(\\d{4})\\b(?![-/]\\d))?`),
  extract(m, { text }) {
    const days = [...m[2]!.matchAll(/\d{1,2}/g)].map((d) => dayNumber(d[0]));
    if (days.some((d) => d === undefined)) return null;
    if (!m[3] && QUANTITY_AFTER.test(after(text, m))) return null; // "March 3 to 5 p.m."
    const month = monthNumber(m[1]!);
    const year = m[3] ? { year: Number(m[3]) } : {};
    return {
      index: m.index,
      text: m[0],
      start: { known: { month, day: days[0]!, ...year } },
      end: { known: { month, day: days.at(-1)!, ...year } },
    };
  },
};
