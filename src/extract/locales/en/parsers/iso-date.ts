/** ISO dates: 2020-04-02. */
import type { Parser } from "../../../engine/types.ts";

export const isoDate: Parser = {
  id: "en.iso-date",
  pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } } }),
};
