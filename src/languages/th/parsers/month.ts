/**
 * A month without a day: "เดือนมีนาคม", "มีนาคม 2563", "เดือน ก.พ. 63", "มี.ค. 2563". An abbreviation
 * alone (ก.พ. is also the Civil Service Commission) needs "เดือน" or a four-digit year.
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, MONTH_ABBR, MONTH_FULL, YEAR_AFTER, monthNumber, toYear } from "../constants.ts";

const YEAR4 = "\\s*(?:(พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4})(?![\\d:]|[.,]\\d)";

export const month: Parser = {
  id: "th.month",
  pattern: new RegExp(`(?<!\\d\\s*)(?:เดือน\\s*(${MONTH})${YEAR_AFTER}|(${MONTH_FULL})${YEAR_AFTER}|(${MONTH_ABBR})${YEAR4})`),
  extract(m) {
    const set = [1, 4, 7].find((i) => m[i] !== undefined)!;
    const digits = m[set + 2];
    const year = digits === undefined ? undefined : toYear(digits, m[set + 1]);
    if (digits !== undefined && year === undefined) return null;
    return { index: m.index, text: m[0], start: { known: { month: monthNumber(m[set]!), ...(year === undefined ? {} : { year }) } } };
  },
};
