/**
 * A day (or a run of days) before a month, with an optional year: "1 de abril de 2020",
 * "1er au 3 avril", "1, 2 и 3 апреля", "jueves 2 de abril", "pasado lunes 23 de marzo",
 * "15 mars dernier", "5 марта прошлого года". A run joined by a range word is one range;
 * a run joined by list words is a list, one range only if its days are consecutive
 * (the engine splits it into its days otherwise). The locale gives the words.
 */
import type { Candidate, Parser, Relative } from "../extraction.ts";
import { before, byLength, START, type Pieces } from "./pieces.ts";

export interface DayMonthWords {
  /** Joining days as a range ("al", "au", "по", "-"), regex source. */
  range: string;
  /** Joining days as a list (",", "y", "et", "и"), regex source. */
  list: string;
  /** Text just before the first day that makes a list a range: "entre el ". */
  between?: RegExp;
  /** Between a weekday and its date: ",? " (regex source). */
  weekdayGlue?: string;
  /** A word meaning "day" that belongs to the date: "día" in "el día 15 de marzo". */
  dayWord?: string;
  /** Words before the day that say past or future: { pasado: "past", próximo: "future" }. */
  tenseBefore?: Record<string, Tense>;
  /** Words after the date that say past or future: { dernier: "past", prochain: "future" }. */
  tenseAfter?: Record<string, Tense>;
  /** Phrases after the month naming its year relative to the reference: { "de este año": 0, "del año pasado": -1 }. */
  relativeYear?: Record<string, number>;
}

export type Tense = "past" | "future";

export function dayMonthParser(id: string, p: Pieces, w: DayMonthWords): Parser {
  const join = `\\s*(?:${w.range}|${w.list})\\s*`;
  const tenseBefore = w.tenseBefore ? `(?:(${byLength(Object.keys(w.tenseBefore))})\\s+)?` : "()";
  const tenseAfter = w.tenseAfter ? `(?:\\s+(${byLength(Object.keys(w.tenseAfter))})(?![\\p{L}]))?` : "()";
  const relYear = w.relativeYear ? `|\\s+(${byLength(Object.keys(w.relativeYear))})(?![\\p{L}])` : "|()";
  const weekday = `(?:(${p.WEEKDAY})${w.weekdayGlue ?? ",?\\s+"})?`;
  const dayWord = w.dayWord ? `(?:${w.dayWord}\\s+)?` : "";
  const pattern = new RegExp(
    `${START}${tenseBefore}${weekday}${tenseBefore}${dayWord}(${p.DAY}(?:${join}${p.NEXT_DAY}){0,6})${p.words.dayOf}(${p.MONTH})(?:${p.words.monthOf}(${p.YEAR})${relYear})?${tenseAfter}`,
    "u",
  );
  const rangeRe = new RegExp(`^\\s*(?:${w.range})\\s*$`, "u");
  const dayRe = new RegExp(p.NEXT_DAY, "gu");
  return {
    id,
    pattern,
    extract(m, { text }) {
      const [, tenseWord0, , tenseWord1, run, monthWord, year, relWord, tenseWord2] = m;
      const tenseWord = tenseWord0 ?? tenseWord1;
      const month = p.monthNumber(monthWord!);
      if (!month) return null;
      const days = [...run!.matchAll(dayRe)];
      const numbers = days.map((d) => Number.parseInt(d[0], 10));
      if (numbers.some((d) => d < 1 || d > 31)) return null;
      const tense = (tenseWord ? w.tenseBefore?.[tenseWord.toLowerCase()] : undefined) ?? (tenseWord2 ? w.tenseAfter?.[tenseWord2.toLowerCase()] : undefined);
      const relative: Relative | undefined = relWord !== undefined && w.relativeYear ? { kind: "year", offset: w.relativeYear[relWord.toLowerCase()]! } : undefined;
      const spec = (day: number) => ({
        known: { day, month, ...(year ? { year: Number(year.slice(0, 4)) } : {}) },
        ...(relative ? { relative } : {}),
        ...(tense === "future" ? { future: true } : {}),
      });
      const runStart = m.index + m[0].search(/\d/);
      const first = numbers[0]!;
      const last = numbers.at(-1)!;
      if (numbers.length === 1) return { index: m.index, text: m[0], start: spec(first) };
      const joins = days.slice(1).map((d, i) => run!.slice(days[i]!.index + days[i]![0].length, d.index));
      const isRange = joins.every((j) => rangeRe.test(j)) || Boolean(w.between?.test(before(text, m.index)));
      // A list's days, each on its own if they turn out not to be consecutive: "3" and "17 de marzo".
      const parts: Candidate[] = days.map((d, i) => {
        const index = runStart + d.index;
        const end = i === days.length - 1 ? m.index + m[0].length : index + d[0].length;
        return { index, text: text.slice(index, end), start: spec(numbers[i]!), rules: [id] };
      });
      return {
        index: m.index,
        text: m[0],
        start: spec(first),
        end: spec(last),
        ...(isRange ? {} : { list: true, parts }),
      };
    },
  };
}
