/**
 * Years: 2019年, 二〇一九年, 民國109年 (not 2000年历史, a length of time, nor 90年代); parts of
 * years: 2019年底, 2020年初; years counted from the publication date: 今年, 去年, 明年, 去年底.
 */
import type { Parser } from "../../extraction.ts";
import { NO_NUMBER_BEFORE, YEAR, YEAR_OFFSETS, yearNumber } from "../constants.ts";

export const year: Parser = {
  id: "zh.year",
  pattern: new RegExp(`${NO_NUMBER_BEFORE}(${YEAR}) ?年(?!代|历史|歷史|之久|的历史|的歷史)`),
  extract(m) {
    const value = yearNumber(m[1]!);
    if (!(value >= 1800 && value <= 2199)) return null;
    return { index: m.index, text: m[0], start: { known: { year: value } } };
  },
};

export const yearPart: Parser = {
  id: "zh.year-part",
  pattern: new RegExp(`${NO_NUMBER_BEFORE}(${YEAR}) ?年(初(?![步次稿审審选選赛賽级級])|底|末)`),
  extract(m) {
    const year = yearNumber(m[1]!);
    if (!(year >= 1800 && year <= 2199)) return null;
    return { index: m.index, text: m[0], start: { known: { year } }, mod: m[2]!.startsWith("初") ? "START" : "END" };
  },
};

export const relativeYear: Parser = {
  id: "zh.relative-year",
  // Not 三年前 + 年…, nor 去年同期 (a comparison baseline: see nonDates).
  pattern: new RegExp(`(?<![\\d〇零○一二三四五六七八九十百千万萬多几幾数數])(今年|去年|明年|前年)(初(?![步次稿审審选選赛賽级級])|底|末)?`),
  extract(m) {
    const part = m[2];
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "year", offset: YEAR_OFFSETS[m[1]!]! } },
      ...(part ? { mod: part.startsWith("初") ? "START" : "END" } : {}),
    };
  },
};
