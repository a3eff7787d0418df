/**
 * A month without a day: "شهر مارس", "مارس 2020", "آذار/مارس الماضي", "في أبريل",
 * "شهري مارس وأبريل". A bare month name counts only after a time preposition (في, خلال,
 * منذ …) or with "شهر", a year or a which-month word: مارس is also a verb ("exercised"),
 * نيسان a car maker and آب a word for father.
 */
import type { Parser } from "../../extraction.ts";
import { ahead, MONTH, monthNumber, MONTH_SUFFIX, WORD_END, WORD_START, YEAR } from "../constants.ts";

const JOIN = "(?:و|-|–|إلى|الى|حتى|وحتى)";
/** Time prepositions after which a bare month name is a date. */
const CUE = /(?:^|[^\p{L}\p{M}])[وف]?(?:في|خلال|منذ|حتى|بحلول|قبل|بعد|إلى|الى|طوال|طيلة|بين|اعتبارا\s+من|ابتداء\s+من)\s{1,3}$/u;

export const month: Parser = {
  id: "ar.month",
  pattern: new RegExp(
    `${WORD_START}(?:(شهري?)\\s+)?(${MONTH})(?:\\s*${JOIN}\\s*(${MONTH}))?(?:\\s*(?:[،,]\\s*)?${YEAR})?(?:\\s+${MONTH_SUFFIX})?${WORD_END}`,
    "u",
  ),
  extract(m, { text }) {
    const [, word, first, second, year, suffix] = m;
    const cued = CUE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (!word && !year && !suffix && !cued) return null;
    const spec = (name: string) => ({ known: { month: monthNumber(name), ...(year ? { year: Number(year) } : {}) }, ...ahead(suffix, year) });
    return { index: m.index, text: m[0], start: spec(first!), ...(second ? { end: spec(second) } : {}) };
  },
};
