/**
 * Numeric dates with the day first and a four-digit year: 01.04.2020, 1/4/2020, 01-04-2020,
 * "01.04.2020 г."; and ISO dates, 2020-04-01. Without a year ("1/4", "10.30") nothing is read:
 * a pair of numbers is as likely a score, a clock time or a ratio.
 */
import type { Parser } from "../extraction.ts";
import type { Pieces } from "./pieces.ts";

export function numericDateParser(id: string, p: Pieces): Parser {
  return {
    id,
    pattern: new RegExp(
      `(?<![\\d.,/-])(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4})(?:${p.words.yearWord})?)(?![\\d/-]|[.,]\\d)`,
      "u",
    ),
    extract(m) {
      const [year, month, day] = m[1] ? [m[1], m[2], m[3]] : [m[7], m[6], m[4]];
      const parts = { year: Number(year), month: Number(month), day: Number(day) };
      if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return null;
      return { index: m.index, text: m[0], start: { known: parts } };
    },
  };
}
