/**
 * Months counted from the publication date: "เดือนนี้" (0), "เดือนที่แล้ว", "เดือนที่ผ่านมา",
 * "เดือนก่อน" (-1), "เดือนหน้า" (+1). Not counts of months: "3 เดือนที่ผ่านมา", "หลายเดือนก่อน".
 */
import type { Parser } from "../../extraction.ts";

export const MONTH_OFFSET = "นี้|ที่แล้ว|ที่ผ่านมา|ก่อน|หน้า";
const COUNT_BEFORE = "(?:\\d|หลาย|ไม่กี่|ทุก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ต้น|กลาง|ปลาย|สิ้น)";

export function offsetOf(word: string): number {
  return word === "นี้" ? 0 : word === "หน้า" ? 1 : -1;
}

export const relativeMonth: Parser = {
  id: "th.relative-month",
  pattern: new RegExp(`(?<!${COUNT_BEFORE}\\s*)เดือน(${MONTH_OFFSET})`),
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "month", offset: offsetOf(m[1]!) } } }),
};
