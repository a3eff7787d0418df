/**
 * A day of the month alone: "on the 12th", "since the 3rd", "on the 20th and 21st",
 * "the 5th of this month", "the 28th of last month". Only after a time preposition and not
 * before a noun ("on the 12th floor", "the 5th anniversary").
 */
import type { Parser } from "../../extraction.ts";
import { after, before, dayNumber } from "../constants.ts";

const NEXT_OK = /^(?:\s*[,.;:!?)\]"'’”—–-]|\s*$|\s+(?:and|or|to|when|at|in|after|before|with|but|as|for|by|amid|until|while)\b)/;
const NTH = "(\\d{1,2})(?:st|nd|rd|th)\\b";

export const dayOnly: Parser = {
  id: "en.day-only",
  pattern: new RegExp(`\\bthe\\s+${NTH}(?:\\s*(?:and|to|through|-|–)\\s*(?:the\\s+)?${NTH})?(?:\\s+of\\s+(this|last)\\s+month\\b)?`),
  extract(m, { text }) {
    const first = dayNumber(m[1]!);
    const last = m[2] === undefined ? undefined : dayNumber(m[2]);
    if (first === undefined || (m[2] !== undefined && last === undefined)) return null;
    if (!/\b(?:on|by|since|until|till|from|before|after|through|between)\s+$/i.test(before(text, m.index))) return null;
    if (!m[3] && !NEXT_OK.test(after(text, m))) return null;
    const relative = m[3] ? { relative: { kind: "month" as const, offset: m[3] === "last" ? -1 : 0 } } : {};
    return {
      index: m.index,
      text: m[0],
      start: { known: { day: first }, ...relative },
      ...(last === undefined ? {} : { end: { known: { day: last }, ...relative } }),
    };
  },
};
