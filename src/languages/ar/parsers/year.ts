/**
 * A year on its own: "عام 2019", "العام 2020", "في 2019", "منذ 2015", "عامي 2018 و2019".
 * A bare number counts only after a time preposition, and never before a counted noun
 * (2020 حالة) or a Hijri mark (1441 هـ is outside 1900–2099 anyway).
 */
import type { Parser } from "../../extraction.ts";
import { COUNT_NOUN, WORD_END, WORD_START, YEAR } from "../constants.ts";

const JOIN = "(?:و|-|–|إلى|الى|حتى|وحتى)";
const CUE = /(?:^|[^\p{L}\p{M}])[وف]?(?:في|خلال|منذ|حتى|بحلول|قبل|بعد|بين|إلى|الى|اعتبارا\s+من|ابتداء\s+من)\s{1,3}$/u;
const NOT_YEAR_AFTER = new RegExp(`^\\s*(?:${COUNT_NOUN}(?![\\p{L}\\p{M}])|هـ|ه(?![\\p{L}\\p{M}]))`, "u");

export const year: Parser = {
  id: "ar.year",
  pattern: new RegExp(`${WORD_START}(?:(عامي|سنتي|عام|العام|سنة|السنة)\\s+)?${YEAR}(?:\\s*${JOIN}\\s*${YEAR})?${WORD_END}`, "u"),
  extract(m, { text }) {
    const [, word, first, second] = m;
    const end = m.index + m[0].length;
    if (NOT_YEAR_AFTER.test(text.slice(end, end + 16))) return null;
    if (!word && !CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    const a = Number(first);
    const b = second ? Number(second) : undefined;
    if (b !== undefined && b <= a) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: { year: a } },
      ...(b !== undefined ? { end: { known: { year: b } } } : {}),
    };
  },
};
