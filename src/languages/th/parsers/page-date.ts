/** Page dates with their label: "อัปเดต: 2020-07-15", "เผยแพร่ 27 มี.ค. 2563 10:30 น." (role dateline). */
import type { Parser } from "../../extraction.ts";
import { ANY_DATE, readDate } from "../date-body.ts";

const LABEL =
  "(?:อัปเดต|อัพเดต|อัพเดท|อัปเดท|ปรับปรุง(?:ล่าสุด)?|แก้ไขล่าสุด|วันที่เผยแพร่|เผยแพร่(?:เมื่อ)?|โพสต์(?:เมื่อ)?|Updated|Published|Posted)";

export const pageDate: Parser = {
  id: "th.page-date",
  pattern: new RegExp(`(${LABEL}\\s*:?\\s*)(${ANY_DATE})`, "i"),
  extract(m) {
    const known = readDate(m[2]!);
    return known ? { index: m.index + m[1]!.length, text: m[2]!, start: { known }, role: "dateline" } : null;
  },
};
