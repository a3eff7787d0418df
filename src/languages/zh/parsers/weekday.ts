/**
 * Weekdays: 上周五/上星期五/上週五 (Friday of last week), 周六/星期六/礼拜六 (on or before the
 * publication date), with a date in brackets: 上週五（2月28日）. Not 每周五 (every Friday), 周一至周五 (office hours: a non-date), 下周一 or
 * 本周三 (may lie ahead; the engine has no "this/next week" kind).
 */
import type { Parser } from "../../extraction.ts";
import { BRACKETED_DATE, bracketedParts, NOT_JAPAN_AFTER, WEEK, WEEKDAYS } from "../constants.ts";

export const weekday: Parser = {
  id: "zh.weekday",
  pattern: new RegExp(`(?<![每隔逢])(上上|上|本|这|這|下)?(?:个|個)?${WEEK}([一二三四五六天]|日${NOT_JAPAN_AFTER})(?![次年])${BRACKETED_DATE}`),
  extract(m) {
    const [, which, day, month, date] = m;
    if (which && which !== "上") return null;
    const stated = bracketedParts(month, date);
    if (stated) return { index: m.index, text: m[0], start: { known: stated } };
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "weekday", weekday: WEEKDAYS[day!]!, which: which ? "last-week" : "on-or-before" } },
    };
  },
};
