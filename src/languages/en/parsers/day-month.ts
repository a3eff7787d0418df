/** "26 March", "26 March 2020", "the 26th of March", and day ranges before the month: "27-28 March", "27 and 28 March". */
import type { Parser } from "../../extraction.ts";
import { MONTH, ORD, dayNumber, monthNumber } from "../constants.ts";

export const dayMonth: Parser = {
  id: "en.day-month",
  pattern: new RegExp(
    `(?<![\\d.,])\\b(?:[Tt]he\\s+)?(\\d{1,2})${ORD}(?:\\s*(?:-|–|to|and|through)\\s*(?:the\\s+)?(\\d{1,2})${ORD})?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b(?![-/]\\d))?`,
  ),
  extract(m) {
    const first = dayNumber(m[1]!);
    const last = m[2] === undefined ? undefined : dayNumber(m[2]);
    if (first === undefined || (m[2] !== undefined && last === undefined)) return null;
    const month = monthNumber(m[3]!);
    const year = m[4] ? { year: Number(m[4]) } : {};
    return {
      index: m.index,
      text: m[0],
      start: { known: { month, day: first, ...year } },
      ...(last === undefined ? {} : { end: { known: { month, day: last, ...year } } }),
    };
  },
};
