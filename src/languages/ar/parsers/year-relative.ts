/**
 * This, last or next year, alone or with a month (and day): "هذا العام", "العام الماضي",
 * "مارس من العام الماضي", "26 مارس من السنة الماضية". Relative kind year (0 / -1 / +1).
 */
import type { Parser } from "../../extraction.ts";
import { DAY_START, GENERAL_BEFORE, MONTH, monthNumber, WORD_END, WORD_START, YEAR_PHRASE, yearOffset } from "../constants.ts";

const OF = "\\s+(?:من\\s+)?";

export const yearRelative: Parser = {
  id: "ar.year-relative",
  pattern: new RegExp(
    `(?:${DAY_START}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${MONTH})${OF}|${WORD_START}(?:شهر\\s+)?(${MONTH})${OF}|${WORD_START})${YEAR_PHRASE}${WORD_END}`,
    "u",
  ),
  extract(m, { text }) {
    const [, day, monthWithDay, monthAlone, phrase] = m;
    if (!monthWithDay && !monthAlone && GENERAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    if (day && (Number(day) < 1 || Number(day) > 31)) return null;
    const name = monthWithDay ?? monthAlone;
    const known = { ...(name ? { month: monthNumber(name) } : {}), ...(day ? { day: Number(day) } : {}) };
    return { index: m.index, text: m[0], start: { known, relative: { kind: "year", offset: yearOffset(phrase!) } } };
  },
};
