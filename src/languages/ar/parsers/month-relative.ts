/**
 * Days of the current, last or next month, and those months themselves:
 * "يوم 26 الجاري", "5 من الشهر الماضي", "27 و28 من الشهر الجاري" (the stated day,
 * month offset 0 / -1 / +1), "الشهر الماضي", "هذا الشهر" (month precision).
 */
import type { Parser } from "../../extraction.ts";
import { DAY_JOIN, DAY_START, DAY_WORD, MONTH_SUFFIX, suffixOffset, WORD_END, WORD_START } from "../constants.ts";

export const dayOfRelativeMonth: Parser = {
  id: "ar.day-relative-month",
  pattern: new RegExp(
    `(?:${WORD_START}${DAY_WORD}\\s+|${DAY_START})(\\d{1,2})((?:\\s*${DAY_JOIN}\\s*\\d{1,2}){0,4})\\s*(?:من\\s+)?(?:الشهر\\s+)?${MONTH_SUFFIX}${WORD_END}`,
    "u",
  ),
  extract(m) {
    const days = [m[1]!, ...(m[2]!.match(/\d{1,2}/g) ?? [])].map(Number);
    if (days.some((d) => d < 1 || d > 31)) return null;
    const relative = { kind: "month", offset: suffixOffset(m[3]!) } as const;
    return {
      index: m.index,
      text: m[0],
      start: { known: { day: days[0]! }, relative },
      ...(days.length > 1 ? { end: { known: { day: days.at(-1)! }, relative } } : {}),
    };
  },
};

export const relativeMonth: Parser = {
  id: "ar.relative-month",
  pattern: new RegExp(`${WORD_START}(?:الشهر\\s+${MONTH_SUFFIX}|(هذا)\\s+الشهر)${WORD_END}`, "u"),
  extract: (m) => ({
    index: m.index,
    text: m[0],
    start: { known: {}, relative: { kind: "month", offset: m[2] ? 0 : suffixOffset(m[1]!) } },
  }),
};
