/**
 * Ranges written with one shared unit, which the range refiner cannot join:
 * 3月27-28日, 3月27至28日, 1-2月, 1至2月份, 2019-2020年. (3月27日至28日 is joined by the refiner.)
 */
import type { Parser, Parts } from "../../extraction.ts";
import { cnNumber, DAY, DAY_WORD, MONTH, NO_NUMBER_BEFORE, YEAR, YEAR_BEFORE_MONTH, YEAR_WORD, yearNumber, yearRelative } from "../constants.ts";

const TO = " ?[-–—~～〜至到] ?";

export const dayRange: Parser = {
  id: "zh.day-range",
  pattern: new RegExp(`${YEAR_WORD}${NO_NUMBER_BEFORE}(?:(${YEAR_BEFORE_MONTH}) ?年 ?)?(${MONTH}) ?月 ?(${DAY})${TO}(${DAY}) ?${DAY_WORD}`),
  extract(m) {
    const [, yearWord, year, monthText, first, last] = m;
    const month = cnNumber(monthText!);
    const [a, b] = [cnNumber(first!), cnNumber(last!)];
    if (!(month >= 1 && month <= 12 && a >= 1 && b <= 31 && a < b)) return null;
    const known: Parts = { month, ...(year ? { year: yearNumber(year) } : {}) };
    const rel = yearRelative(yearWord);
    return { index: m.index, text: m[0], start: { known: { ...known, day: a }, ...rel }, end: { known: { ...known, day: b }, ...rel } };
  },
};

export const monthRange: Parser = {
  id: "zh.month-range",
  pattern: new RegExp(`${YEAR_WORD}${NO_NUMBER_BEFORE}(?:(${YEAR_BEFORE_MONTH}) ?年 ?)?(${MONTH})${TO}(${MONTH}) ?月份?`),
  extract(m) {
    const [, yearWord, year, first, last] = m;
    const [a, b] = [cnNumber(first!), cnNumber(last!)];
    if (!(a >= 1 && b <= 12 && a < b)) return null;
    const known: Parts = year ? { year: yearNumber(year) } : {};
    const rel = yearRelative(yearWord);
    return { index: m.index, text: m[0], start: { known: { ...known, month: a }, ...rel }, end: { known: { ...known, month: b }, ...rel } };
  },
};

export const yearRange: Parser = {
  id: "zh.year-range",
  pattern: new RegExp(`${NO_NUMBER_BEFORE}(${YEAR})${TO}(${YEAR}) ?年(?!代)`),
  extract(m) {
    const [a, b] = [yearNumber(m[1]!), yearNumber(m[2]!)];
    if (!(a >= 1800 && b <= 2199 && a < b)) return null;
    return { index: m.index, text: m[0], start: { known: { year: a } }, end: { known: { year: b } } };
  },
};
