/** "วันเดียวกัน", "วันเดียวกันนี้": the day last mentioned. */
import type { Parser } from "../../extraction.ts";

export const sameDay: Parser = {
  id: "th.same-day",
  pattern: /วันเดียวกัน(?:นี้)?/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "same-day" } } }),
};
