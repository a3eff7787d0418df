/** "the same day", "that day", "that same day": the day mentioned last (relative kind same-day). */
import type { Parser } from "../../extraction.ts";

export const sameDay: Parser = {
  id: "en.same-day",
  pattern: /\b(?:[Tt]he same day|[Tt]hat same day|[Tt]hat day|[Tt]he same date)\b/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "same-day" } } }),
};
