/** Numeric dates: "2020-04-02", "2020/4/2", "22/3/2020", "22.03.2020", and month-first "3/22/2020" when the day slot is > 12. */
import type { Parser } from "../../extraction.ts";
import { readNumeric } from "../dates.ts";

export const numericDate: Parser = {
  id: "ar.numeric-date",
  pattern: /(?<![\d.\/-])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6(\d{4}))(?![\d\/-]|\.\d)/,
  extract(m) {
    const parts = m[1] ? readNumeric(m[1], m[3]!, m[4]!) : readNumeric(undefined, m[5]!, m[7]!, m[8]);
    return parts ? { index: m.index, text: m[0], start: { known: parts } } : null;
  },
};
