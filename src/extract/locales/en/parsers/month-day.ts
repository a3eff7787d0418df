/** "March 26", "March 18, 2020", "Feb. 11" (month before day), optionally with a year. */
import type { Parser } from "../../../engine/types.ts";
import { MONTH_PATTERN, monthNumber } from "../constants.ts";

export const monthDay: Parser = {
  id: "en.month-day",
  pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "i"),
  extract(m) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: { month: monthNumber(m[1]!), day, ...(m[3] ? { year: Number(m[3]) } : {}) } },
    };
  },
};
