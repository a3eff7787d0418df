/**
 * Weekdays: "Saturday" (the last such day on or before the publication date) and "last Friday"
 * (strictly before). "next Friday", "every Friday" and "this Friday" are not past dates and are skipped.
 */
import type { Parser } from "../../extraction.ts";
import { WEEKDAY, before, weekdayNumber } from "../constants.ts";

export const weekday: Parser = {
  id: "en.weekday",
  pattern: new RegExp(`\\b(?:([Ll]ast|[Pp]ast)\\s+)?(${WEEKDAY})`),
  extract(m, { text }) {
    if (!m[1] && /\b(?:next|every|each|this|coming|following)\s+$/i.test(before(text, m.index))) return null;
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "weekday", weekday: weekdayNumber(m[2]!), which: m[1] ? "before" : "on-or-before" } },
    };
  },
};
