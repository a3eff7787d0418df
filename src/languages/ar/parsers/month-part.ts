/**
 * Part of a month (or of a year): "أوائل مارس", "مطلع شهر آذار 2020", "منتصف الشهر الماضي",
 * "أواخر فبراير الماضي", "أواخر مارس من العام الماضي", "نهاية 2019", "مطلع العام الجاري".
 * Month (or year) precision with mod START, MID or END.
 */
import type { DateSpec, Mod, Parser } from "../../extraction.ts";
import { MONTH, monthNumber, MONTH_SUFFIX, suffixOffset, WORD_END, WORD_START, YEAR, YEAR_PHRASE, yearOffset } from "../constants.ts";

const PARTS: Record<string, Mod> = {
  أوائل: "START", اوائل: "START", مطلع: "START", بداية: "START", بدايات: "START",
  منتصف: "MID", أواسط: "MID", اواسط: "MID",
  أواخر: "END", اواخر: "END", نهاية: "END",
};
const PART = `(${Object.keys(PARTS).sort((a, b) => b.length - a.length).join("|")})`;
const NAMED = `(?:شهر\\s+)?(${MONTH})(?:\\s*(?:[،,]\\s*)?${YEAR})?(?:\\s+${MONTH_SUFFIX})?(?:\\s+(?:من\\s+)?${YEAR_PHRASE})?`;

export const monthPart: Parser = {
  id: "ar.month-part",
  pattern: new RegExp(
    `${WORD_START}${PART}\\s+(?:${NAMED}|الشهر\\s+${MONTH_SUFFIX}|(هذا)\\s+الشهر|(?:(?:عام|العام|سنة)\\s+)?${YEAR}|${YEAR_PHRASE})${WORD_END}`,
    "u",
  ),
  extract(m) {
    const [, part, name, year, , namedYearPhrase, suffix, thisMonth, yearAlone, yearPhrase] = m;
    let start: DateSpec;
    if (name) {
      const known = { month: monthNumber(name), ...(year ? { year: Number(year) } : {}) };
      start = namedYearPhrase ? { known, relative: { kind: "year", offset: yearOffset(namedYearPhrase) } } : { known };
    } else if (yearAlone) start = { known: { year: Number(yearAlone) } };
    else if (yearPhrase) start = { known: {}, relative: { kind: "year", offset: yearOffset(yearPhrase) } };
    else start = { known: {}, relative: { kind: "month", offset: thisMonth ? 0 : suffixOffset(suffix!) } };
    return { index: m.index, text: m[0], mod: PARTS[part!], start };
  },
};
