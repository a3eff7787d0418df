/** "this month", "last month", "next month": month precision, counted from the publication date. */
import type { Parser } from "../../extraction.ts";
import { before } from "../constants.ts";

const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

export const relativeMonth: Parser = {
  id: "en.relative-month",
  pattern: /\b([Tt]his|[Ll]ast|[Nn]ext)\s+month\b/,
  extract(m, { text }) {
    if (/\bthe\s+$/i.test(before(text, m.index))) return null; // "over the last month" is a span of time
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "month", offset: OFFSETS[m[1]!.toLowerCase()]! } } };
  },
};
