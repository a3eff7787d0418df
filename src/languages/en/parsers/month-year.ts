/**
 * A month without a day: "March 2020", "in March", "since Jan.", and month lists or ranges
 * "in February and March", "from January to March 2020". A bare month needs a time preposition
 * before it ("in", "since", "by" …) or a postponement ("postponed to September") unless a year follows. Alternatives ("in April or May") are
 * separate mentions.
 */
import type { Candidate, Parser } from "../../extraction.ts";
import { FUTURE_TO, MONTH_ALONE, TIME_PREPOSITION, after, before, monthNumber } from "../constants.ts";

const JOIN = `\\s*,?\\s*(and|or|to|through|until|-|–)\\s*`;
const EACH = new RegExp(MONTH_ALONE, "g");
/** Months that are also given names: "by June Carter", "for April Smith" are people. */
const NAME = /^(?:April|May|June|August)$/;

export const monthYear: Parser = {
  id: "en.month-year",
  pattern: new RegExp(`\\b(${MONTH_ALONE})(?:(?:\\s*,\\s*${MONTH_ALONE}){0,3}${JOIN}(${MONTH_ALONE}))?(?:,?\\s+(\\d{4})\\b(?![-/]\\d))?`),
  extract(m, { text }) {
    const year = m[4] ? Number(m[4]) : undefined;
    if (year === undefined && !TIME_PREPOSITION.test(before(text, m.index)) && !FUTURE_TO.test(before(text, m.index, 32))) return null;
    if (year === undefined && NAME.test(m[0]) && /^\s+[A-Z][a-z]/.test(after(text, m))) return null;
    const withYear = (month: number, y = year) => ({ known: { month, ...(y ? { year: y } : {}) } });
    if (m[2] === "or") {
      const out: Omit<Candidate, "rules">[] = [];
      for (const each of m[0].matchAll(EACH)) out.push({ index: m.index + each.index, text: each[0], start: withYear(monthNumber(each[0])) });
      return out;
    }
    const first = monthNumber(m[1]!);
    const last = m[3] ? monthNumber(m[3]) : undefined;
    const startYear = year !== undefined && last !== undefined && first > last ? year - 1 : year;
    return {
      index: m.index,
      text: m[0],
      start: withYear(first, startYear),
      ...(last === undefined ? {} : { end: withYear(last) }),
    };
  },
};
