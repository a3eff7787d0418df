/** Numeric dates: "27/03/2563", "27/03/63", "3/22/2020", "วันที่ 27-03-2563", "2020-04-02". */
import type { Parser } from "../../extraction.ts";
import { ISO, NUMERIC, readDate } from "../date-body.ts";

export const numericDate: Parser = {
  id: "th.numeric-date",
  pattern: new RegExp(`${NUMERIC}|${ISO}`),
  extract(m) {
    const known = readDate(m[0]);
    return known ? { index: m.index, text: m[0], start: { known } } : null;
  },
};
