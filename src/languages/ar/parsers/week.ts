/**
 * Calendar weeks counted from the reference date: "الأسبوع الماضي" / "المنصرم" / "الفائت" (last week),
 * "هذا الأسبوع", "الأسبوع الجاري" / "الحالي" (this week), "الأسبوع المقبل" / "القادم" (next week) →
 * Monday to Sunday, ISO weeks as in the other packs (kit/phrases.ts week()). Weekends are not read:
 * "نهاية الأسبوع" is Friday–Saturday in most Gulf states and Saturday–Sunday elsewhere, and the text
 * rarely says which. Not the plural "الأسابيع الماضية" (the past weeks), nor "نهاية الأسبوع الماضي".
 */
import type { Parser } from "../../extraction.ts";
import { week } from "../../kit/phrases.ts";
import { WORD_END, WORD_START } from "../constants.ts";

const OFFSETS: [RegExp, -1 | 0 | 1][] = [[/(?:الماضي|المنصرم|الفائت)$/u, -1], [/(?:المقبل|القادم)$/u, 1]];

export const weeks: Parser = {
  id: "ar.week",
  pattern: new RegExp(`${WORD_START}(?:هذا\\s+ال[أا]سبوع|ال[أا]سبوع\\s+(?:الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم))${WORD_END}`, "u"),
  extract(m, { text }) {
    if (/(?:نهاية|عطلة|مطلع|بداية|منتصف|أواخر|أوائل)\s+(?:هذا\s+)?$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const offset = OFFSETS.find(([re]) => re.test(m[0]))?.[1] ?? 0;
    return { index: m.index, text: m[0], ...week(offset) };
  },
};
