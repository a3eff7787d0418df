/**
 * A day written as an ordinal word: "العاشر من مارس", "الحادي والعشرين من شهر آذار 2020",
 * "الخامس من الشهر الجاري" (the stated day of the current month).
 */
import type { Parser } from "../../extraction.ts";
import { DAY_WORD, MONTH, MONTH_SUFFIX, monthNumber, suffixOffset, WORD_END, WORD_START, YEAR } from "../constants.ts";

const UNITS = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const FIRST = ["الأول", "الاول", "الفاتح"];
const UNIT = `(?:${UNITS.join("|")})`;
/** 1–31 as masculine ordinals (a day is masculine: اليوم العاشر). */
const ORDINAL =
  `(?:${UNIT}\\s+(?:عشر|و\\s*(?:العشرين|الثلاثين))|العشرين|الثلاثين|العاشر|${[...FIRST, ...UNITS.slice(1)].join("|")})`;

export function ordinalNumber(text: string): number {
  const words = text.replace(/و\s*(?=ال)/, " ").split(/\s+/);
  const unit = (w: string | undefined) => (w === undefined ? 0 : FIRST.includes(w) ? 1 : UNITS.indexOf(w) + 1);
  if (words[0] === "العاشر") return 10;
  if (words[0] === "العشرين") return 20;
  if (words[0] === "الثلاثين") return 30;
  if (words[1] === "عشر") return 10 + unit(words[0]);
  if (words[1] === "العشرين") return 20 + unit(words[0]);
  if (words[1] === "الثلاثين") return 30 + unit(words[0]);
  return unit(words[0]);
}

export const ordinalDay: Parser = {
  id: "ar.ordinal-day",
  pattern: new RegExp(
    `${WORD_START}(?:${DAY_WORD}\\s+)?(${ORDINAL})\\s+من\\s+(?:(?:شهر\\s+)?(${MONTH})(?:\\s*(?:[،,]\\s*)?${YEAR})?(?:\\s+${MONTH_SUFFIX})?` +
      `|الشهر\\s+${MONTH_SUFFIX}|(هذا)\\s+الشهر)${WORD_END}`,
    "u",
  ),
  extract(m) {
    const day = ordinalNumber(m[1]!);
    if (!(day >= 1 && day <= 31)) return null;
    const base = { index: m.index, text: m[0] };
    if (m[2]) return { ...base, start: { known: { day, month: monthNumber(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) } } };
    const offset = m[6] ? 0 : suffixOffset(m[5]!);
    return { ...base, start: { known: { day }, relative: { kind: "month", offset } } };
  },
};
