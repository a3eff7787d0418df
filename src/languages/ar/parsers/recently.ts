/**
 * Vague past, read as before the reference date (mod BEFORE) with the `vague` option only: "مؤخرا", "الآونة الأخيرة",
 * "قبل أيام" (a few days ago). Not "قبل أيام من …" (days before some event).
 */
import type { Parser } from "../../extraction.ts";
import { MARKS, WORD_END, WORD_START } from "../constants.ts";

export const recently: Parser = {
  id: "ar.recently",
  pattern: new RegExp(
    `${WORD_START}(?:مؤخر${MARKS}ا${MARKS}|ال[آا]ونة\\s+الأخيرة|قبل\\s+(?:بضعة\\s+)?أيام(?:\\s+قليلة)?)${WORD_END}(?!\\s+(?:من|على)${WORD_END})`,
    "u",
  ),
  extract: (m) => ({ index: m.index, text: m[0], mod: "BEFORE", vague: true, start: { known: {}, relative: { kind: "reference" } } }),
};
