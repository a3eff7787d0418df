/** Parts of months: 2月初, 2月底, 3月中旬, 3月中下旬, 2020年3月下旬, 二月初, 去年12月底. */
import type { Parser, Parts } from "../../extraction.ts";
import { cnNumber, MONTH, MONTH_PART, NO_NUMBER_BEFORE, partMod, YEAR_BEFORE_MONTH, YEAR_WORD, yearNumber, yearRelative } from "../constants.ts";

export const monthPart: Parser = {
  id: "zh.month-part",
  pattern: new RegExp(`${YEAR_WORD}${NO_NUMBER_BEFORE}(?:(${YEAR_BEFORE_MONTH}) ?年 ?)?(${MONTH}) ?月份?${MONTH_PART}`),
  extract(m) {
    const [, yearWord, year, monthText, part] = m;
    const month = cnNumber(monthText!);
    if (!(month >= 1 && month <= 12)) return null;
    const known: Parts = { month, ...(year ? { year: yearNumber(year) } : {}) };
    return { index: m.index, text: m[0], start: { known, ...yearRelative(yearWord) }, mod: partMod(part!) };
  },
};
