/**
 * Part of a month or a year: "principios de marzo", "mi-mars", "конце марта 2020 года",
 * "finales del mes pasado", "fin 2019", "конце 2019 года", "finales del año pasado", "fin de l'année
 * dernière", "конце прошлого года" → mod START, MID or END. The locale
 * gives its part words (with whatever joins them to the month) and its "this/last month" phrases.
 */
import type { Mod, Parser } from "../extraction.ts";
import { byLength, START, type Pieces } from "./pieces.ts";

export interface MonthPartWords {
  /** Part words with their glue, regex source → mod: { "principios\\s+de\\s+": "START" }. */
  parts: Record<string, Mod>;
  /** Month phrases relative to the reference after a part word: { "este mes": 0, "mes pasado": -1 }. */
  relativeMonth?: Record<string, number>;
  relativeYear?: Record<string, number>;
  /** Year phrases relative to the reference after a part word: { "año pasado": -1 } ("finales del año pasado"). */
  yearAlone?: Record<string, number>;
}

export function monthPartParser(id: string, p: Pieces, w: MonthPartWords): Parser {
  const partRes = Object.entries(w.parts).map(([source, mod]) => [new RegExp(`^(?:${source})`, "iu"), mod] as const);
  const part = Object.keys(w.parts).map((s) => `(?:${s})`).join("|");
  const relMonth = w.relativeMonth ? `|(${byLength(Object.keys(w.relativeMonth))})(?![\\p{L}])` : "|()";
  const relYear = w.relativeYear ? `|\\s+(${byLength(Object.keys(w.relativeYear))})(?![\\p{L}])` : "|()";
  const yearAlone = w.yearAlone ? `|(${byLength(Object.keys(w.yearAlone))})(?![\\p{L}])` : "|()";
  const pattern = new RegExp(`${START}(${part})(?:(${p.MONTH_ALONE})(?:${p.words.monthOf}(${p.YEAR})${relYear})?|(${p.YEAR})${relMonth}${yearAlone})`, "iu");
  return {
    id,
    pattern,
    extract(m) {
      const [, partText, monthWord, year, relYearWord, bareYear, relMonthWord, yearWord] = m;
      const mod = partRes.find(([re]) => re.test(partText!))?.[1];
      if (!mod) return null;
      if (monthWord) {
        if (monthWord !== monthWord.toLowerCase() && monthWord !== monthWord.toUpperCase()) return null;
        const month = p.monthNumber(monthWord)!;
        const relative = relYearWord !== undefined && w.relativeYear ? { relative: { kind: "year" as const, offset: w.relativeYear[relYearWord.toLowerCase()]! } } : {};
        return { index: m.index, text: m[0], start: { known: { month, ...(year ? { year: Number(year.slice(0, 4)) } : {}) }, ...relative }, mod };
      }
      if (yearWord) return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "year", offset: w.yearAlone![yearWord.toLowerCase()]! } }, mod };
      if (bareYear) return { index: m.index, text: m[0], start: { known: { year: Number(bareYear.slice(0, 4)) } }, mod };
      const offset = w.relativeMonth![relMonthWord!.toLowerCase()]!;
      return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "month", offset } }, mod };
    },
  };
}
