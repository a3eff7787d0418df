/**
 * Wire datelines at the start of a line, in the forms Spanish agencies use:
 * "Madrid, 1 abr (EFE).-", "MADRID, 1 Abr. (EUROPA PRESS) -", "SEVILLA, 1 (EUROPA PRESS)",
 * "BEIJING, 1 abr (Xinhua) --", "Bogotá, 1 abr 2020 (AFP) -", and press releases'
 * "Madrid, 1 de abril de 2020.-". The mention is the date; role "dateline".
 */
import type { Parser } from "../../extraction.ts";
import { byLength } from "../../kit/pieces.ts";
import { P, WORDS } from "../words.ts";

const NAME = "[\\p{Lu}][\\p{L}.'’-]*";
const CITY = `${NAME}(?:[ \\t]+(?:de|del|la|las|los|y|${NAME})){0,4}`;
const MONTH = `(?:${byLength([...Object.keys(WORDS.months), ...Object.keys(WORDS.abbreviations)])})(?![\\p{L}])\\.?`;
const DATE = `(\\d{1,2})(?:${WORDS.ordinal})?(?:[ \\t]+(?:de[ \\t]+)?(${MONTH})(?:[ \\t]+(?:de[ \\t]+)?(\\d{4}))?)?`;
const AGENCY = "\\([^()\\n]{2,40}\\)";

export const dateline: Parser = {
  id: "es.dateline",
  pattern: new RegExp(`^[ \\t]*${CITY},[ \\t]*(${DATE})(?=[ \\t]*${AGENCY}|\\.?[ \\t]*[-–—]{1,2}[ \\t])`, "imu"),
  extract(m) {
    const [, date, day, monthWord, year] = m;
    if (!monthWord && !/^[ \t]*\(/.test(m.input.slice(m.index + m[0].length))) return null;
    const month = monthWord ? P.monthNumber(monthWord) : undefined;
    if (Number(day) < 1 || Number(day) > 31 || (monthWord && !month)) return null;
    return {
      index: m.index + m[0].length - date!.length,
      text: date!,
      start: { known: { day: Number(day), ...(month ? { month } : {}), ...(year ? { year: Number(year) } : {}) } },
      role: "dateline",
    };
  },
};
