/** "March 26", "March 18, 2020", "Feb. 11", "March 26th", "January 3 of this year" (month before day). */
import type { Parser } from "../../extraction.ts";
import { MONTH, ORD, QUANTITY_AFTER, after, dayNumber, monthNumber } from "../constants.ts";

export const monthDay: Parser = {
  id: "en.month-day",
  pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b(?![-/]\\d)|\\s+(?:of\\s+)?this\\s+year\\b)?`),
  extract(m, { text }) {
    const day = dayNumber(m[2]!);
    if (day === undefined) return null;
    if (!m[3] && QUANTITY_AFTER.test(after(text, m))) return null; // "Mar 5 percent", "May 5.5"
    return {
      index: m.index,
      text: m[0],
      start: { known: { month: monthNumber(m[1]!), day, ...(m[3] ? { year: Number(m[3]) } : {}) } },
    };
  },
};
