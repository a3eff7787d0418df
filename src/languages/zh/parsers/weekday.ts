/**
 * Weekdays: 上周五/上星期五/上週五 (Friday of last week), 周六/星期六/礼拜六 (on or before the
 * publication date), 本周三 / 这周三 (this calendar week's), 下周一 (next week's), with a date in brackets:
 * 上週五（2月28日）. Not 每周五 (every Friday), 周一至周五 (office hours: a non-date), 上上周五.
 */
import type { Parser } from "../../extraction.ts";
import { BRACKETED_DATE, bracketedParts, NOT_JAPAN_AFTER, WEEK, WEEKDAYS } from "../constants.ts";

const WHICH: Record<string, "last-week" | "this-week" | "next-week"> = { 上: "last-week", 本: "this-week", 这: "this-week", 這: "this-week", 下: "next-week" };

export const weekday: Parser = {
  id: "zh.weekday",
  pattern: new RegExp(`(?<![每隔逢])(上上|上|本|这|這|下)?(?:个|個)?${WEEK}([一二三四五六天]|日${NOT_JAPAN_AFTER})(?![次年])${BRACKETED_DATE}`),
  extract(m) {
    const [, which, day, month, date] = m;
    if (which === "上上") return null;
    const stated = bracketedParts(month, date);
    if (stated) return { index: m.index, text: m[0], start: { known: stated } };
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "weekday", weekday: WEEKDAYS[day!]!, which: which ? WHICH[which]! : "on-or-before" } },
    };
  },
};
