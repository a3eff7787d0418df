/**
 * A day (or a list/range of days) and a month name, optionally with a year and a word
 * saying which month: "26 مارس", "يوم 26 مارس الجاري", "27 و28 مارس/آذار 2020",
 * "3 إلى 5 شباط", "الخميس 26 مارس", "يومي 27 و28 من شهر مارس".
 */
import type { Parser } from "../../extraction.ts";
import { ahead, DAY_JOIN, DAY_START, DAY_WORD, MONTH, MONTH_SUFFIX, monthNumber, WEEKDAY, WORD_END, WORD_START, YEAR } from "../constants.ts";

/** "يوم", a weekday, or both, with "الموافق" ("falling on"), before the day: part of the mention. */
const LEAD = `${WORD_START}(?:(?:${DAY_WORD}\\s+)?${WEEKDAY}\\s*(?:[،,]\\s*)?(?:الموافق\\s+)?|${DAY_WORD}\\s+)`;

export const dayMonth: Parser = {
  id: "ar.day-month",
  pattern: new RegExp(
    `(?:${LEAD}|${DAY_START})(\\d{1,2})((?:\\s*${DAY_JOIN}\\s*\\d{1,2}){0,4})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH})` +
      `(?:\\s*(?:[،,]\\s*)?${YEAR})?(?:\\s+${MONTH_SUFFIX})?${WORD_END}`,
    "u",
  ),
  extract(m) {
    const days = [m[1]!, ...(m[2]!.match(/\d{1,2}/g) ?? [])].map(Number);
    if (days.some((d) => d < 1 || d > 31)) return null;
    const month = monthNumber(m[3]!);
    const year = m[4] ? { year: Number(m[4]) } : {};
    const next = ahead(m[5], m[4]);
    const first = days[0]!;
    const last = days.at(-1)!;
    return {
      index: m.index,
      text: m[0],
      start: { known: { day: first, month, ...year }, ...next },
      ...(days.length > 1 ? { end: { known: { day: last, month, ...year }, ...next } } : {}),
    };
  },
};
