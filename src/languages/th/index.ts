/** Thai: Thai and Buddhist-Era dates, full and abbreviated months, relative days, weeks and years. */
import type { Locale } from "../extraction.ts";
import { asOfNow } from "./parsers/as-of-now.ts";
import { dateline } from "./parsers/dateline.ts";
import { dayMonth } from "./parsers/day-month.ts";
import { dayOnly } from "./parsers/day-only.ts";
import { dayRange } from "./parsers/day-range.ts";
import { month } from "./parsers/month.ts";
import { monthRange } from "./parsers/month-range.ts";
import { numericDate } from "./parsers/numeric-date.ts";
import { pageDate } from "./parsers/page-date.ts";
import { parenDate } from "./parsers/paren-date.ts";
import { partOfMonth } from "./parsers/part-of-month.ts";
import { relativeDay } from "./parsers/relative-day.ts";
import { relativeMonth } from "./parsers/relative-month.ts";
import { relativeYear } from "./parsers/relative-year.ts";
import { sameDay } from "./parsers/same-day.ts";
import { vaguePast } from "./parsers/vague-past.ts";
import { weekday } from "./parsers/weekday.ts";
import { weeks } from "./parsers/week.ts";
import { year } from "./parsers/year.ts";
import { yearsAgo } from "./parsers/years-ago.ts";
import { NON_DATES } from "./non-dates.ts";

export const locale: Locale = {
  tag: "th",
  aliases: ["th-TH"],
  detect: (text) => (text.match(/[\u0E00-\u0E7F]/g)?.length ?? 0) / Math.max(1, text.replace(/\s/g, "").length),
  // Datelines and page dates first: they win ties with the plain date parsers.
  parsers: [
    dateline, pageDate, parenDate, dayRange, dayMonth, numericDate, dayOnly, partOfMonth, monthRange, month, relativeMonth,
    year, relativeYear, relativeDay, yearsAgo, sameDay, weekday, weeks, vaguePast, asOfNow,
  ],
  data: {
    rangeConnector: /(?:ยาว)?(?:ไป)?(?:จน)?ถึง|-|–|—/,
    listConnector: /และ|,/,
    nonDates: NON_DATES,
    // Not "ยาวไปจนถึง" (until, the end of a period); not the ณ that ends ประมาณ or คุณ.
    asOfBefore: /(?<!ไป|ยาว)จนถึง|(?<![ก-๙])ณ/,
    futureBefore: /เลื่อน(?:ไป)?(?:เป็น|จัด)?|(?:จะ|มีกำหนด)(?:จัด(?:ขึ้น)?)?(?:ใน)?/,
  },
};
