/**
 * The document's own date line at the start of a line near the top: "เจนีวา 11 ก.พ. (รอยเตอร์) -",
 * "ปักกิ่ง, 27 มี.ค. (ซินหัว) --", "กรุงเทพฯ 27 มี.ค. 63 –". The mention is the date alone.
 */
import type { Parser } from "../../extraction.ts";
import { DMY, readDate } from "../date-body.ts";

/** How far into the document a date line may stand (after a headline or two). */
const DATELINE_WITHIN = 600;
const PLACE = "[^\\s\\d(),:•\\-–—\"“][^\\n\\d(),:\"“]{0,40}?[ \\t]*,?[ \\t]*";
const AGENCY = "\\([^)\\n\\d]{1,30}\\)";
/** A dash that opens the story, not one that opens a range ("26 มี.ค. - 30 เม.ย."). */
const OPENING_DASH = "(?:--|[-–—])(?![ \\t]*\\d)";
/** Words that end a sentence's opening, not a place name: "ตั้งแต่ 26 มี.ค. -". */
const NOT_A_PLACE = /(?:ตั้งแต่|เมื่อ|ใน|ถึง|จน|ระหว่าง|ช่วง|ภายใน|ก่อน|หลัง|วันที่|และ|คือ|ว่า)[ \t,]*$/;

export const dateline: Parser = {
  id: "th.dateline",
  pattern: new RegExp(`^([ \\t]*(?:${PLACE})?)(${DMY})(?=[ \\t]*(?:${AGENCY}|${OPENING_DASH}))`, "m"),
  extract(m) {
    const index = m.index + m[1]!.length;
    if (index > DATELINE_WITHIN || NOT_A_PLACE.test(m[1]!)) return null;
    const known = readDate(m[2]!);
    return known ? { index, text: m[2]!, start: { known }, role: "dateline" } : null;
  },
};
