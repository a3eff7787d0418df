/**
 * Days counted from the publication date: "yesterday", "today", "tomorrow", "the day before yesterday",
 * "three days ago", "two weeks ago". A weekday in brackets after the word belongs to it:
 * "today (Tuesday)". ("a few days ago" is vague: see recently.ts.)
 */
import type { Parser } from "../../extraction.ts";
import { NUMBER_WORDS, WEEKDAY, countNumber } from "../constants.ts";

const WORDS: Record<string, number> = { "the day before yesterday": -2, yesterday: -1, today: 0, tomorrow: 1, "the day after tomorrow": 2 };
const COUNT = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}`;
const WORD = `(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)\\b(?:\\s*\\(${WEEKDAY}\\))?`;

export const relativeDay: Parser = {
  id: "en.relative-day",
  pattern: new RegExp(`\\b(?:${WORD}|(${COUNT})\\s+(days?|weeks?)\\s+ago\\b)`, "i"),
  extract(m) {
    let offset: number;
    if (m[1]) offset = WORDS[m[1].toLowerCase()]!;
    else {
      const n = countNumber(m[2]!);
      const plural = m[3]!.toLowerCase().endsWith("s");
      if ((n === 1) === plural) return null; // "one days ago", "two week ago": not news English
      offset = -n * (m[3]!.toLowerCase().startsWith("week") ? 7 : 1);
    }
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset } } };
  },
};
