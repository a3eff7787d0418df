/**
 * Vague past: "recently", "in recent days", "a few days ago" → the publication date, mod BEFORE;
 * read only with the `vague` option (they name no date).
 */
import type { Parser } from "../../extraction.ts";

export const recently: Parser = {
  id: "en.recently",
  pattern: /\b(?:[Rr]ecently|(?<=\b[Ii]n\s+)recent days|(?:[Aa] few|[Ss]everal)\s+days\s+ago)\b/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "BEFORE", vague: true }),
};
