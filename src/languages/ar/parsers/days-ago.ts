/**
 * Days counted back from the reference date: "قبل يومين" (-2), "قبل 3 أيام", "قبل خمسة أيام",
 * "قبل أسبوع" (-7). Not "قبل يومين من الانتخابات" (before some other event).
 */
import type { Parser } from "../../extraction.ts";
import { WORD_END, WORD_START } from "../constants.ts";

const NUMBERS: Record<string, number> = {
  ثلاثة: 3, ثلاث: 3, أربعة: 4, اربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6,
  سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
};
export const NUMBER = `(\\d{1,2}|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join("|")})`;

/** A count written in digits or as a word (3–10). */
export function numberValue(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[word]!;
}

export const daysAgo: Parser = {
  id: "ar.days-ago",
  pattern: new RegExp(
    `${WORD_START}قبل\\s+(?:(يومين)|(أسبوع|اسبوع)|(أسبوعين|اسبوعين)|${NUMBER}\\s+(?:أيام|ايام))${WORD_END}(?!\\s+(?:من|على)${WORD_END})`,
    "u",
  ),
  extract(m) {
    const days = m[1] ? 2 : m[2] ? 7 : m[3] ? 14 : /^\d+$/.test(m[4]!) ? Number(m[4]) : NUMBERS[m[4]!]!;
    if (!(days >= 1 && days <= 31)) return null;
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset: -days } } };
  },
};
