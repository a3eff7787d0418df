/**
 * Slash dates with a year: 3/22/2020, 3/22/20 (month first, as in US copy); 22/3/2020 when the
 * first number cannot be a month. Without a year ("9/11", "24/7") a slash pair is not read.
 */
import type { Parser } from "../../extraction.ts";

export const numericDate: Parser = {
  id: "en.numeric-date",
  pattern: /(?<![\d/.-])\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b(?![/.-]?\d)/,
  extract(m) {
    let month = Number(m[1]);
    let day = Number(m[2]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return { index: m.index, text: m[0], start: { known: { year, month, day } } };
  },
};
