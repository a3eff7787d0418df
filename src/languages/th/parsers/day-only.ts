/**
 * A day without its month, which the publication date implies: "วันที่ 5", "วันศุกร์ที่ 27",
 * "วันที่ 5-6". Not "เป็นวันที่ 5 ติดต่อกัน" (the fifth day running) nor "วันที่ 3 ของการ…".
 */
import type { Parser } from "../../extraction.ts";
import { DAY, DAY_WORD, dayNumber } from "../constants.ts";
import { DAY_SEPARATOR } from "./day-range.ts";

const NOT_A_DATE_AFTER = /^\s*(?:ติดต่อกัน|ของ(?:การ|สัปดาห์|ปี)|แล้ว|[/.-]\d)/;

export const dayOnly: Parser = {
  id: "th.day-only",
  pattern: new RegExp(`${DAY_WORD}\\s*${DAY}(?:\\s*${DAY_SEPARATOR}\\s*(\\d{1,2})(?![\\d:]|[.,]\\d))?`),
  extract(m, { text }) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (NOT_A_DATE_AFTER.test(after) || /เป็น\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const first = dayNumber(m[1]!);
    const last = m[2] === undefined ? undefined : dayNumber(m[2]);
    if (first === undefined || (m[2] !== undefined && (last === undefined || last <= first))) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: { day: first } },
      ...(last === undefined ? {} : { end: { known: { day: last } } }),
    };
  },
};
