/**
 * Calendar weeks and weekends from the publication date: "สัปดาห์ที่แล้ว", "สัปดาห์ที่ผ่านมา",
 * "สัปดาห์ก่อน" (last week), "สัปดาห์นี้" (this week), "สัปดาห์หน้า" (next week) → Monday to Sunday
 * (kit/phrases.ts week()); "สุดสัปดาห์ที่ผ่านมา" / "ที่แล้ว" (last weekend), "สุดสัปดาห์นี้" (this weekend),
 * "สุดสัปดาห์หน้า" → Saturday and Sunday. Not counts ("2 สัปดาห์ที่ผ่านมา", "หลายสัปดาห์ก่อน"), nor a
 * weekday's week ("วันศุกร์สัปดาห์ที่แล้ว": weekday.ts), nor "ทุกสุดสัปดาห์".
 */
import type { Parser } from "../../extraction.ts";
import { week, weekend } from "../../kit/phrases.ts";

const COUNT_BEFORE = "(?:\\d|หลาย|ไม่กี่|ทุก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ของ|[ก-๙]ที่|ต้น|กลาง|ปลาย)";

export const weeks: Parser = {
  id: "th.week",
  pattern: new RegExp(`(?<!${COUNT_BEFORE}\\s*|[ก-๙]ที่)(สุด)?สัปดาห์(ที่แล้ว|ที่ผ่านมา|ก่อน|นี้|หน้า)(?!ๆ)`),
  extract(m, { text }) {
    // "วันศุกร์สัปดาห์ที่แล้ว" is a weekday's week (weekday.ts); "วันศุกร์ สัปดาห์ที่แล้ว" too.
    if (!m[1] && /วัน\S*\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const offset = m[2] === "นี้" ? 0 : m[2] === "หน้า" ? 1 : -1;
    return { index: m.index, text: m[0], ...(m[1] ? weekend(offset) : week(offset)) };
  },
};
