/**
 * A relative day or weekday with its date in brackets, one mention: "วันนี้ (27 มี.ค.)",
 * "เมื่อวานนี้ (26 มี.ค.)", "วันพรุ่งนี้ (28 มี.ค.)", "วันพฤหัสบดี (26 มี.ค.)", "วันศุกร์ที่ผ่านมา (20 มี.ค. 63)".
 */
import type { Parser } from "../../extraction.ts";
import { WEEKDAY } from "../constants.ts";
import { ANY_DATE, readDate } from "../date-body.ts";

const LEAD = `(?:วันนี้|เมื่อวานนี้|เมื่อวาน|วานนี้|(?:วัน)?พรุ่งนี้|วัน${WEEKDAY}(?:ที่ผ่านมา|ที่แล้ว)?)`;

export const parenDate: Parser = {
  id: "th.paren-date",
  pattern: new RegExp(`${LEAD}\\s*\\(\\s*(${ANY_DATE})\\s*\\)`),
  extract(m) {
    const known = readDate(m[1]!);
    return known ? { index: m.index, text: m[0], start: { known } } : null;
  },
};
