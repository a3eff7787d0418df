/**
 * Page dates: 发布时间：2020-03-29, 更新时间 2020年3月29日, 發佈日期：2020/03/29, and the
 * "2020-03-29 08:12 来源：人民网" line under a headline. Role dateline; the mention is the date.
 */
import type { Parser } from "../../extraction.ts";
import { cnNumber, DAY, DAY_WORD, MONTH, WEEKDAY_NOTE, YEAR, yearNumber } from "../constants.ts";

const LABEL = "(?:发布|發佈|發布|更新|发表|發表|刊发|刊發|出版)(?:(?:时间|時間|日期) ?[:：]?|[:：]) ?";
const DATE = "(\\d{4}) ?[-/.年] ?(\\d{1,2}) ?[-/.月] ?(\\d{1,2})(?: ?日)?";
const THEN_SOURCE = "(?=[ \\t\\u3000]{1,4}\\d{1,2}:\\d{2}(?::\\d{2})?[ \\t\\u3000]{0,4}(?:来源|來源|作者|编辑|編輯|[|｜]))";

export const pageDate: Parser = {
  id: "zh.page-date",
  pattern: new RegExp(`(${LABEL})${DATE}(?!\\d)|(?<![\\d.\\-/])()${DATE}${THEN_SOURCE}`),
  extract(m) {
    const label = m[1] ?? m[5] ?? "";
    const [year, month, day] = m[1] !== undefined ? [m[2], m[3], m[4]] : [m[6], m[7], m[8]];
    const index = m.index + label.length;
    return {
      index,
      text: m[0].slice(label.length),
      start: { known: { year: Number(year), month: Number(month), day: Number(day) } },
      role: "dateline",
    };
  },
};

/**
 * A full date standing alone on its line, as under a press release: "二〇二〇年三月二十日（星期五）",
 * "2020年3月20日". Role dateline.
 */
const FULL = `(?:${YEAR} ?年 ?${MONTH} ?月 ?${DAY} ?${DAY_WORD}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})${WEEKDAY_NOTE}`;

export const dateOnItsLine: Parser = {
  id: "zh.date-line",
  pattern: new RegExp(`(?<=^|\\n)([ \\t\\u3000]*)(${FULL})(?=[ \\t\\u3000]*(?:\\r?\\n|$))`),
  extract(m) {
    const text = m[2]!;
    const parts = /^(.+?) ?[-/.年] ?(.+?) ?[-/.月] ?(.+?) ?(?:[日号號]|$|[ （(])/.exec(text);
    if (!parts) return null;
    const known = { year: yearNumber(parts[1]!), month: cnNumber(parts[2]!), day: cnNumber(parts[3]!) };
    return { index: m.index + m[1]!.length, text, start: { known }, role: "dateline" };
  },
};
