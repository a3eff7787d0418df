/**
 * Months and years counted back from the reference date: "قبل عام" / "قبل سنة" (the year before),
 * "قبل عامين", "قبل ثلاث سنوات" (the year: 2017 in 2020), "قبل شهر", "قبل شهرين", "قبل 3 أشهر" (the
 * month). Not "قبل عامين من الانتخابات" (before some other event), nor "قبل عام 2019" (before the year 2019).
 */
import type { Parser } from "../../extraction.ts";
import { WORD_END, WORD_START } from "../constants.ts";
import { NUMBER, numberValue } from "./days-ago.ts";

const ONE_YEAR = "عام|سنة|العام|السنة";
const TWO_YEARS = "عامين|سنتين";
const YEARS = "أعوام|اعوام|سنوات|سنين";
const MONTHS = "أشهر|اشهر|شهور";

export const yearsAgo: Parser = {
  id: "ar.years-ago",
  pattern: new RegExp(
    `${WORD_START}قبل\\s+(?:(${ONE_YEAR})|(${TWO_YEARS})|(شهر)|(شهرين)|${NUMBER}\\s+(${YEARS}|${MONTHS}))${WORD_END}(?!\\s+(?:من|على|\\d)${WORD_END})(?!\\s*\\d)`,
    "u",
  ),
  extract(m) {
    const [, oneYear, twoYears, oneMonth, twoMonths, count, unit] = m;
    const n = oneYear || oneMonth ? 1 : twoYears || twoMonths ? 2 : numberValue(count!);
    if (!(n >= 1 && n <= 60)) return null;
    const kind = oneYear || twoYears || (unit && /^(?:أعوام|اعوام|سنوات|سنين)$/u.test(unit)) ? ("year" as const) : ("month" as const);
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind, offset: -n } } };
  },
};
