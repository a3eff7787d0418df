/**
 * Years used as dates: "en 2019", "depuis 2015", "2019 году", "de 2015 a 2019", "2015-2019 годах".
 * A bare number is a year only after a time word the locale lists, or with the locale's year
 * word when `yearWordOnly` (Russian "в 2000 случаях" is a count; "в 2020 году" is a year);
 * and not when a count noun follows ("en 2000 casos", "pour 2020 masques").
 */
import type { Parser } from "../extraction.ts";
import { after, before, END, START, type Pieces } from "./pieces.ts";

export interface YearWords {
  /** Text just before a bare year that makes it a date (not needed with `yearWordOnly`). */
  preposition?: RegExp;
  /** Joining two years as a range ("a", "à", "по", "-"), regex source. */
  range: string;
  /** Joining two years as a list ("y", "et", "и"): one range only if consecutive, or after `between`. */
  list?: string;
  between?: RegExp;
  /** What after the year makes it a count: a plural noun, a unit, a decimal. */
  countAfter?: RegExp;
  /** Years are dates only with the locale's year word ("году", "г."). */
  yearWordOnly?: boolean;
  /** The year word alone, to tell whether it was written (regex source). */
  yearWord?: string;
}

const NUMBER = "(?:1[89]|20)\\d\\d(?![\\d]|[.,]\\d)";

export function yearParser(id: string, p: Pieces, w: YearWords): Parser {
  const word = w.yearWord ? `(${w.yearWord})?` : "()";
  return {
    id,
    pattern: new RegExp(`${START}(?<![\\d.,/-])(${NUMBER})(?:\\s*(${w.range}${w.list ? `|${w.list}` : ""})\\s*(${NUMBER}))?(?![-/]\\d)${word}${END}`, "u"),
    extract(m, { text }) {
      const [, first, joinWord, last, yearWord] = m;
      if (w.yearWordOnly ? !yearWord : !w.preposition?.test(before(text, m.index))) return null;
      if (!yearWord && w.countAfter?.test(after(text, m))) return null;
      const list = last && !new RegExp(`^(?:${w.range})$`, "u").test(joinWord!) && !w.between?.test(before(text, m.index))
        ? {
            list: true,
            parts: [
              { index: m.index, text: first!, start: { known: { year: Number(first) } }, rules: [id] },
              { index: m.index + m[0].lastIndexOf(last), text: m[0].slice(m[0].lastIndexOf(last)), start: { known: { year: Number(last) } }, rules: [id] },
            ],
          }
        : {};
      return {
        index: m.index,
        text: m[0],
        start: { known: { year: Number(first) } },
        ...(last ? { end: { known: { year: Number(last) } } } : {}),
        ...list,
      };
    },
  };
}
