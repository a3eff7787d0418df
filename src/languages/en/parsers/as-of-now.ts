/** "as of now", "as at press time", "as of this writing": a status date at the publication date. */
import type { Parser } from "../../extraction.ts";

export const asOfNow: Parser = {
  id: "en.as-of-now",
  pattern: /\b[Aa]s\s+(?:of|at)\s+(?:now|press time|this writing|the time of writing|writing)\b/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "ASOF", role: "asof" }),
};
