/**
 * That day and its neighbours: "اليوم نفسه", "في نفس اليوم", "ذات اليوم", "اليوم ذاته",
 * "ذلك اليوم" (the day last mentioned), "اليوم التالي" (+1), "اليوم السابق" (-1).
 */
import type { Parser } from "../../extraction.ts";
import { WORD_END, WORD_START } from "../constants.ts";

export const sameDay: Parser = {
  id: "ar.same-day",
  pattern: new RegExp(
    `${WORD_START}(?:اليوم\\s+(?:نفسه|ذاته|عينه|(التالي)|(السابق))|(?:نفس|ذات|ذلك)\\s+اليوم)${WORD_END}`,
    "u",
  ),
  extract: (m) => ({
    index: m.index,
    text: m[0],
    start: { known: {}, relative: { kind: "same-day", offset: m[1] ? 1 : m[2] ? -1 : 0 } },
  }),
};
