/**
 * Wire datelines at the start of a line: "GENEVA, Feb. 11 (Reuters) -", "BEIJING, April 14 (Xinhua) --",
 * "LONDON, 14 April —", "Nairobi, March 3, 2020 (AFP) -". The mention is the date; role "dateline".
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, monthNumber } from "../constants.ts";

const CITY = `(?:[A-Z][A-Z.'\\-]*(?:[ \\t][A-Z][A-Z.'\\-]*){0,3}|[A-Z][a-z]+(?:[ \\t][A-Z][a-z]+){0,2})`;
const REGION = `(?:[A-Z][A-Za-z.]{1,15},[ \\t]*)?`;
const DATE = `(${MONTH})[ \\t]+(\\d{1,2})(?:,[ \\t]*(\\d{4}))?|(\\d{1,2})[ \\t]+(${MONTH})(?:[ \\t]+(\\d{4}))?`;
const AFTER = `(?=[ \\t]*(?:\\([A-Za-z][A-Za-z .]{0,30}\\)|--|—|–|-[ \\t]|/[A-Za-z]))`;

export const dateline: Parser = {
  id: "en.dateline",
  pattern: new RegExp(`^[ \\t]*${CITY},[ \\t]*${REGION}(${DATE})${AFTER}`, "m"),
  extract(m) {
    const date = m[1]!;
    const month = monthNumber((m[2] ?? m[6])!);
    const day = Number(m[3] ?? m[5]);
    const year = m[4] ?? m[7];
    if (day < 1 || day > 31) return null;
    return {
      index: m.index + m[0].length - date.length,
      text: date,
      start: { known: { month, day, ...(year ? { year: Number(year) } : {}) } },
      role: "dateline",
    };
  },
};
