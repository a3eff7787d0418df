/**
 * Years, months, weeks and days counted back: "3 ปีก่อน", "สามปีที่แล้ว" (the year: 2017 in 2020),
 * "2 เดือนก่อน" (the month), "2 สัปดาห์ก่อน", "5 วันก่อน" (the day). "เมื่อ" before it is a preposition,
 * not part of the mention. Not "3 ปีที่ผ่านมา" (over the past three years: a span), nor "หลายปีก่อน",
 * nor "5 วันก่อนการเลือกตั้ง" (five days before the election: another anchor).
 */
import type { Parser } from "../../extraction.ts";

const NUMBERS: Record<string, number> = { หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4, ห้า: 5, หก: 6, เจ็ด: 7, แปด: 8, เก้า: 9, สิบ: 10 };
const COUNT = `(\\d{1,2}|${Object.keys(NUMBERS).join("|")})`;

export const yearsAgo: Parser = {
  id: "th.years-ago",
  pattern: new RegExp(`(?<![\\d.,])${COUNT}\\s*(ปี|เดือน|สัปดาห์|วัน)(?:ก่อน(?!หน้า|การ|ถึง|จะ|วัน|เดือน|ปี|เข้า|ออก|เริ่ม|สิ้น|หมด|เปิด|ปิด|ครบ|งาน|พิธี)|ที่แล้ว)`),
  extract(m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!]!;
    if (!(n >= 1 && n <= 60)) return null;
    const unit = m[2]!;
    const relative = unit === "ปี" ? { kind: "year" as const, offset: -n }
      : unit === "เดือน" ? { kind: "month" as const, offset: -n }
      : { kind: "days" as const, offset: -n * (unit === "สัปดาห์" ? 7 : 1) };
    return { index: m.index, text: m[0], start: { known: {}, relative } };
  },
};
