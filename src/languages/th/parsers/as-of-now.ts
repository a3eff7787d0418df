/** "จนถึงขณะนี้", "จนถึงปัจจุบัน", "ณ ขณะนี้": a status as of the publication date. */
import type { Parser } from "../../extraction.ts";

export const asOfNow: Parser = {
  id: "th.as-of-now",
  pattern: /(?:จนถึง|(?<![ก-๙])ณ)\s*(?:ขณะนี้|ปัจจุบัน|ตอนนี้|เวลานี้)/,
  extract: (m) => ({
    index: m.index,
    text: m[0],
    start: { known: {}, relative: { kind: "reference" } },
    mod: "ASOF",
    role: "asof",
  }),
};
