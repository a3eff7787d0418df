/**
 * Today, yesterday and their neighbours, with the weekday news copy often adds:
 * "اليوم (الخميس)", "أمس الأربعاء", "الأمس", "أول أمس", "غدا (الجمعة)". Time-of-day words
 * before them (صباح, مساء, ليلة) are not part of the mention.
 */
import type { Parser } from "../../extraction.ts";
import { MARKS, WEEKDAY, WORD_END, WORD_START } from "../constants.ts";

const WORDS: [string, number][] = [
  ["أول من أمس", -2], ["أول أمس", -2], ["أمس الأول", -2], ["بعد غد", 2],
  ["اليوم", 0], ["أمس", -1], ["امس", -1], ["الأمس", -1], ["الامس", -1], ["غدا", 1], ["يوم غد", 1],
];
const WORD = `(${WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})`;
/** A weekday in brackets or right after: اليوم (الخميس), أمس الأربعاء. */
const NOTE = `(?:\\s*[(（]\\s*(${WEEKDAY})\\s*[)）]|\\s+(${WEEKDAY}))?`;

/** "اليوم" as a noun ("the day"): اليوم العالمي, اليوم الأول, اليوم التالي, في اليوم (per day). */
const DAY_NOUN_AFTER = /^\s*(?:ال(?:عالمي|وطني|دولي|أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|تالي|سابق|أخير|اخير|واحد|حالي|موعود)|نفسه|ذاته|عينه)/u;
const DAY_NOUN_BEFORE = /(?:^|[^\p{L}\p{M}])(?:في|طوال|طيلة|خلال|مدار|هذا|ذلك|نفس|ذات|يوم|نهاية|بداية)\s{1,3}$/u;
/** Outlets named "… اليوم": المصري اليوم, قناة روسيا اليوم, صحيفة فلسطين اليوم. */
const OUTLET_BEFORE = /(?:المصري|(?:صحيفة|جريدة|قناة|موقع|شبكة|مجلة|وكالة)\s+[\p{L}\p{M}]+)\s{1,3}$/u;
/** "أمس الحاجة" is "the direst need", not yesterday. */
const NOT_YESTERDAY_AFTER = /^\s*(?:ال)?حاج/u;

export const relativeDay: Parser = {
  id: "ar.relative-day",
  pattern: new RegExp(`${WORD_START}${WORD}${MARKS}${NOTE}${WORD_END}`, "u"),
  extract(m, { text }) {
    const word = m[1]!.replace(/\s+/g, " ");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const noted = Boolean(m[2] || m[3]);
    if (word === "اليوم" && !noted && (DAY_NOUN_AFTER.test(after) || DAY_NOUN_BEFORE.test(before) || OUTLET_BEFORE.test(before))) {
      return null;
    }
    if (/^[أا]مس$/.test(word) && !noted && NOT_YESTERDAY_AFTER.test(after)) return null;
    if (word === "غدا" && !noted) return null; // غدا is also the verb "became"
    const offset = WORDS.find(([w]) => w === word)![1];
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset } } };
  },
};
