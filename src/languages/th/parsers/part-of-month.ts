/**
 * Parts of a month or year: "ต้นเดือนกุมภาพันธ์", "กลางเดือน มี.ค. 2563", "ปลายเดือนมีนาคม",
 * "สิ้นเดือนนี้", "ปลายเดือนที่แล้ว", "ปลายปี 2562" → month (or year) precision, mod START/MID/END.
 */
import type { Candidate, Mod, Parser } from "../../extraction.ts";
import { MONTH, YEAR_AFTER, monthNumber, toYear } from "../constants.ts";
import { MONTH_OFFSET, offsetOf } from "./relative-month.ts";

const MODS: Record<string, Mod> = { ต้น: "START", กลาง: "MID", ปลาย: "END", สิ้น: "END" };
const YEAR = "(?:(?:ปี\\s*)?(พ\\.ศ\\.|ค\\.ศ\\.)\\s*|ปี\\s*)(\\d{4})(?![\\d:]|[.,]\\d)";

export const partOfMonth: Parser = {
  id: "th.part-of-month",
  pattern: new RegExp(
    `(ต้น|กลาง|ปลาย|สิ้น)\\s*(?:(?:เดือน\\s*)?(${MONTH})${YEAR_AFTER}|เดือน(${MONTH_OFFSET})|${YEAR})`,
  ),
  extract(m) {
    const mod = MODS[m[1]!]!;
    const base: Omit<Candidate, "rules" | "start"> = { index: m.index, text: m[0], mod };
    if (m[2] !== undefined) {
      const year = m[4] === undefined ? undefined : toYear(m[4], m[3]);
      if (m[4] !== undefined && year === undefined) return null;
      return { ...base, start: { known: { month: monthNumber(m[2]), ...(year === undefined ? {} : { year }) } } };
    }
    if (m[5] !== undefined) return { ...base, start: { known: {}, relative: { kind: "month", offset: offsetOf(m[5]) } } };
    const year = toYear(m[7]!, m[6]);
    return year === undefined ? null : { ...base, start: { known: { year } } };
  },
};
