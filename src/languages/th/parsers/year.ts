/** Years with their word: "ปี 2563", "พ.ศ. 2563", "ปี ค.ศ. 2020", and "ปี 2562-2563" (a range). */
import type { Parser } from "../../extraction.ts";
import { toYear } from "../constants.ts";

const NO_MORE_DIGITS = "(?![\\d:]|[.,]\\d)";

export const year: Parser = {
  id: "th.year",
  pattern: new RegExp(
    `(?:ปี\\s*(?:(พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?|(พ\\.ศ\\.|ค\\.ศ\\.)\\s*)(\\d{4})${NO_MORE_DIGITS}(?:\\s*(?:-|–|ถึง|และ)\\s*(?:ปี\\s*)?(\\d{4})${NO_MORE_DIGITS})?`,
  ),
  extract(m) {
    const era = m[1] ?? m[2];
    const first = toYear(m[3]!, era);
    const last = m[4] === undefined ? undefined : toYear(m[4], era);
    if (first === undefined || (m[4] !== undefined && (last === undefined || last <= first))) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: { year: first } },
      ...(last === undefined ? {} : { end: { known: { year: last } } }),
    };
  },
};
