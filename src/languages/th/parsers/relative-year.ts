/**
 * Years counted from the publication date: "ปีนี้" (0), "ปีที่แล้ว", "ปีที่ผ่านมา", "ปีก่อน", "ปีกลาย"
 * (-1), "ปีหน้า" (+1), with a part: "ต้นปีนี้" (START), "กลางปีที่แล้ว" (MID), "ปลายปีหน้า", "สิ้นปีนี้"
 * (END). Not counts of years ("3 ปีที่ผ่านมา", "หลายปีก่อน": years-ago.ts), nor "ทุกปี", nor "ปีก่อนหน้า"
 * (the year before some other year).
 */
import type { Mod, Parser } from "../../extraction.ts";

const PART: Record<string, Mod> = { ต้น: "START", กลาง: "MID", ปลาย: "END", สิ้น: "END" };
const COUNT_BEFORE = "(?:\\d|หลาย|ไม่กี่|ทุก|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)";

export const relativeYear: Parser = {
  id: "th.relative-year",
  pattern: new RegExp(`(?:(ต้น|กลาง|ปลาย|สิ้น)|(?<!${COUNT_BEFORE}\\s*))ปี(นี้|ที่แล้ว|ที่ผ่านมา|ก่อน(?!หน้า|การ|ถึง|จะ|วัน|เดือน|เข้า|เริ่ม|สิ้น|หมด)|กลาย|หน้า)(?!ๆ)`),
  extract(m) {
    const [, part, which] = m;
    const offset = which === "นี้" ? 0 : which === "หน้า" ? 1 : -1;
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "year", offset } }, ...(part ? { mod: PART[part]! } : {}) };
  },
};
