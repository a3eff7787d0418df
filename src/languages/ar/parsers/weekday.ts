/**
 * A weekday on its own: "يوم السبت" / "السبت" (the latest such day, on or before the
 * reference date), "الخميس الماضي", "يوم الجمعة الماضية" (strictly before). Days named
 * with a future word (المقبل, القادم) are the next such day after it.
 */
import type { Parser } from "../../extraction.ts";
import { WEEKDAY, weekdayNumber, WORD_END, WORD_START } from "../constants.ts";

const WHICH = "(?:\\s+(الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|المقبل|المقبلة|القادم|القادمة))?";
/** Not a day: صلاة الجمعة (Friday prayer), الأحد عشر (the eleven), الاثنين معا (the two together). */
const NOT_DAY_BEFORE = /(?:صلاة|صلوات|خطبة|خطب|أيام|كل|كلا)\s{1,3}$/u;
const NOT_DAY_AFTER = /^\s*(?:عشر|معا|معًا|معاً)/u;

export const weekday: Parser = {
  id: "ar.weekday",
  pattern: new RegExp(`${WORD_START}(?:(?:يوم|يومي)\\s+)?(${WEEKDAY})${WHICH}${WORD_END}`, "u"),
  extract(m, { text }) {
    const which = m[2];
    const ahead = Boolean(which && /^(?:ال)?(?:مقبل|قادم)/.test(which));
    if (!m[0].startsWith("يوم")) {
      if (NOT_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      if (NOT_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    }
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "weekday", weekday: weekdayNumber(m[1]!), which: ahead ? "after" : which ? "before" : "on-or-before" } },
    };
  },
};
