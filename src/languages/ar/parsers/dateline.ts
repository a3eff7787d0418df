/**
 * The document's own date line: a place at the start of a line, the date, then the agency
 * or a dash: "القاهرة 5 أبريل 2020 (شينخوا)", "بيروت، 22 آذار/مارس (رويترز) -",
 * "أبوظبي في 15 يوليو / وام /", "الكويت - 26 - 3 (كونا) --",
 * "الرياض 21 رجب 1441 هـ الموافق 16 مارس 2020 م واس". Role "dateline"; the engine
 * takes it as the publication date when none is given.
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, WEEKDAY } from "../constants.ts";
import { readDate } from "../dates.ts";

const SPACE = "[^\\S\\n]";
const PLACE = `[\\p{L}\\p{M}]+(?:${SPACE}+[\\p{L}\\p{M}]+){0,3}`;
const DATE = `(\\d{1,2}${SPACE}*(?:${MONTH}(?:${SPACE}+(?:19|20)\\d{2}(?!\\d)م?)?|-${SPACE}*(\\d{1,2})(?!\\d)))`;
/** After the date: the agency in brackets or slashes, or a dash. */
const AGENCY = `(?=${SPACE}*(?:م${SPACE}+)?(?:[(（/]|--|—|–|-${SPACE}|واس(?![\\p{L}\\p{M}])))`;
/** A Hijri date the Gregorian one follows: "21 رجب 1441 هـ الموافق" (Saudi Press Agency). */
const HIJRI = `(?:\\d{1,2}${SPACE}+[\\p{L}\\p{M}]+(?:${SPACE}+[\\p{L}\\p{M}]+)?${SPACE}+\\d{4}${SPACE}*هـ?${SPACE}+الموافق${SPACE}+)?`;
/** A line that starts with a weekday or "day" is a list item, not a dateline. */
const NOT_PLACE = new RegExp(`^(?:${WEEKDAY}|يوم|في|منذ|حتى|قبل|بعد)(?![\\p{L}\\p{M}])`, "u");

export const dateline: Parser = {
  id: "ar.dateline",
  pattern: new RegExp(`^${SPACE}*(${PLACE})${SPACE}*(?:[،,\\-–]${SPACE}*)?(?:في${SPACE}+)?${HIJRI}${DATE}${AGENCY}`, "mu"),
  extract(m) {
    if (NOT_PLACE.test(m[1]!)) return null;
    const date = m[2]!;
    const parts = m[3] ? { day: Number(date.match(/^\d+/)![0]), month: Number(m[3]) } : readDate(date.replace(/\s+/g, " "));
    if (!parts || !(parts.month! >= 1 && parts.month! <= 12) || !(parts.day! >= 1 && parts.day! <= 31)) return null;
    return { index: m.index + m[0].length - date.length, text: date, role: "dateline", start: { known: parts } };
  },
};
