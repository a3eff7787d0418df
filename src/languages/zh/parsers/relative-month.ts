/**
 * Months counted from the publication date: 本月 (0), 上月/上个月 (-1), 下月 (+1), with a part
 * (上月底, 本月初) or a day (上月15日); and a bare part of the current month: 月初, 中旬, 下旬.
 */
import type { Parser } from "../../extraction.ts";
import { cnNumber, DAY, DAY_WORD, MONTH_PART, partMod } from "../constants.ts";

const OFFSETS: Record<string, number> = { 本月: 0, 这个月: 0, 這個月: 0, 上月: -1, 上个月: -1, 上個月: -1, 下月: 1, 下个月: 1, 下個月: 1 };
const WORDS = Object.keys(OFFSETS).sort((a, b) => b.length - a.length).join("|");

export const relativeMonth: Parser = {
  id: "zh.relative-month",
  pattern: new RegExp(`(${WORDS})份?(?:${MONTH_PART}|(${DAY}) ?${DAY_WORD})?`),
  extract(m) {
    const [, word, part, dayText] = m;
    const day = dayText ? cnNumber(dayText) : undefined;
    if (day !== undefined && !(day >= 1 && day <= 31)) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: day ? { day } : {}, relative: { kind: "month", offset: OFFSETS[word!]! } },
      ...(part ? { mod: partMod(part) } : {}),
    };
  },
};

export const monthPartAlone: Parser = {
  id: "zh.month-part-alone",
  // Not 3月初 (a month part), 每月初 (every month), 当月底 (that month: unknown), 年初.
  pattern: /(?<![\d〇零○一二三四五六七八九十月份本这這上中下个個当當每同])(月初(?![步次])|月底|月末|上中旬|中下旬|上旬|中旬|下旬)/,
  extract(m) {
    const word = m[1]!;
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "month", offset: 0 } },
      mod: partMod(word.startsWith("月") ? word.slice(1) : word),
    };
  },
};
