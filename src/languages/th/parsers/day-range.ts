/**
 * Days of one month written once: "3-9 ก.พ. 2563", "27 และ 28 มีนาคม", "วันที่ 3 ถึง 9 ก.พ.",
 * "1, 2 และ 3 เม.ย." → one mention from the first day to the last. (Ranges across months,
 * "3 ก.พ. - 10 มี.ค.", are joined by the shared mergeRanges.)
 */
import type { Parser } from "../../extraction.ts";
import { DAY, DAY_WORD, MONTH, YEAR_AFTER, dayNumber } from "../constants.ts";
import { dmyParts } from "../date-body.ts";

export const DAY_SEPARATOR = "(?:,|-|–|(?:ไป)?(?:จน)?ถึง(?:วันที่)?|และ(?:วันที่)?)";

export const dayRange: Parser = {
  id: "th.day-range",
  pattern: new RegExp(`(?:${DAY_WORD}\\s*)?${DAY}((?:\\s*${DAY_SEPARATOR}\\s*\\d{1,2}){1,6})\\s*(?:เดือน\\s*)?(${MONTH})${YEAR_AFTER}`),
  extract(m) {
    const days = [m[1]!, ...[...m[2]!.matchAll(/\d{1,2}/g)].map((d) => d[0])];
    if (days.some((d) => dayNumber(d) === undefined)) return null;
    const first = dmyParts(days[0]!, m[3]!, m[4], m[5]);
    const last = dmyParts(days.at(-1)!, m[3]!, m[4], m[5]);
    if (!first || !last || last.day! <= first.day!) return null;
    const range = { index: m.index, text: m[0], start: { known: first }, end: { known: last } };
    if (!/และ|,/.test(m[2]!)) return range;
    // "3 และ 17 มีนาคม" lists days: one range only if they are consecutive (the engine decides), else each its own.
    const numbers = [...m[0].matchAll(/\d{1,2}/g)].slice(0, days.length);
    const parts = numbers.map((d, i) => {
      const from = i === 0 ? 0 : d.index!;
      const to = i === numbers.length - 1 ? m[0].length : d.index! + d[0].length;
      const known = dmyParts(days[i]!, m[3]!, m[4], m[5])!;
      return { index: m.index + from, text: m[0].slice(from, to), start: { known }, rules: ["th.day-range"] };
    });
    return { ...range, list: true, parts };
  },
};
