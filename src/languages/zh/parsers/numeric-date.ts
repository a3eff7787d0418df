/** Numeric dates: 2020-04-02, 2020/4/2, 2020.4.2, and month-first 3/22/2020 (day-first when the first number is over 12). */
import type { Parser } from "../../extraction.ts";

export const numericDate: Parser = {
  id: "zh.numeric-date",
  pattern: /(?<![\d.\-/])(?:(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?!\d|\.\d)/,
  extract(m) {
    if (m[1]) return { index: m.index, text: m[0], start: { known: { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) } } };
    const [a, b] = [Number(m[5]), Number(m[6])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return { index: m.index, text: m[0], start: { known: { year: Number(m[7]), month, day } } };
  },
};
