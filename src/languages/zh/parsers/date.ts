/**
 * Calendar dates: 3月29日, 2020年3月29日, 2020年3月, 3月份, 二〇二〇年三月五日,
 * 民國109年3月5日, 3月5号, and a bracketed weekday after the day: 3月5日（星期四）.
 * A leading 今年/去年/明年/前年 belongs to the date and fixes its year from the publication date.
 * 九月 alone only after a postponement (推迟到九月).
 */
import type { Parser, Parts } from "../../extraction.ts";
import { cnNumber, DAY, DAY_WORD, MONTH, NO_NUMBER_BEFORE, WEEKDAY_NOTE, YEAR_BEFORE_MONTH, YEAR_WORD, yearNumber, yearRelative } from "../constants.ts";

/** 推迟到九月: after a postponement a Chinese-numeral month alone is a date (resolved forward). */
const POSTPONED_TO = /(?:推迟|推遲|延期|延后|延後|改期)(?:至|到)$/;

export const date: Parser = {
  id: "zh.date",
  pattern: new RegExp(
    `${YEAR_WORD}${NO_NUMBER_BEFORE}(?:(${YEAR_BEFORE_MONTH}) ?年 ?)?(${MONTH}) ?月(?:(份)|(?: ?(${DAY}) ?${DAY_WORD}${WEEKDAY_NOTE}))?`,
  ),
  extract(m, { text }) {
    const [, yearWord, year, monthText, fen, dayText] = m;
    const month = cnNumber(monthText!);
    if (!(month >= 1 && month <= 12)) return null;
    // 三月 alone is too often not a date; Chinese-numeral months need a day, a year or 份.
    if (!/^\d/.test(monthText!) && !year && !dayText && !fen && !yearWord && !POSTPONED_TO.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const known: Parts = { month };
    if (year) known.year = yearNumber(year);
    if (dayText) {
      const day = cnNumber(dayText);
      if (!(day >= 1 && day <= 31)) return null;
      known.day = day;
    }
    return { index: m.index, text: m[0], start: { known, ...yearRelative(yearWord) } };
  },
};
