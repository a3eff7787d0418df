/**
 * A weekday written with its date: "Thursday, March 26", "Friday 27 March 2020",
 * "Monday, the 30th of March", "Thursday (March 26)". The date decides the value.
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, ORD, WEEKDAY, dayNumber, monthNumber } from "../constants.ts";

const DATE = `(?:${MONTH}\\s+\\d{1,2}${ORD}\\b|(?:the\\s+)?\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH})(?:,?\\s+\\d{4}\\b(?![-/]\\d))?`;
const PARTS = new RegExp(`^(?:(${MONTH})\\s+(\\d{1,2})|(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH}))(?:\\D+(\\d{4}))?`);

export const weekdayDate: Parser = {
  id: "en.weekday-date",
  pattern: new RegExp(`\\b${WEEKDAY}(?:,?\\s+(${DATE})|\\s*\\(\\s*(${DATE})\\s*\\))`),
  extract(m) {
    const p = PARTS.exec((m[1] ?? m[2])!);
    const day = p && dayNumber((p[2] ?? p[3])!);
    if (!p || !day) return null;
    const month = monthNumber((p[1] ?? p[4])!);
    return { index: m.index, text: m[0], start: { known: { month, day, ...(p[5] ? { year: Number(p[5]) } : {}) } } };
  },
};
