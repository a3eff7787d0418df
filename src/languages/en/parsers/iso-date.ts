/** ISO and year-first dates: 2020-04-02, 2020/4/2. */
import type { Parser } from "../../extraction.ts";

export const isoDate: Parser = {
  id: "en.iso-date",
  pattern: /(?<![\d/.-])\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b(?![-/.]?\d)/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) } } }),
};
