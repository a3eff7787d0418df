/**
 * Page dates in web chrome: "Updated: 2020-07-15", "Published: April 14, 2020",
 * "Posted on 14 April 2020" at the start of a line. Role "dateline": the document's own date.
 */
import type { Parser } from "../../extraction.ts";
import { MONTH, monthNumber } from "../constants.ts";

const WORD = "(?:Last [Uu]pdated|Updated|Published|Posted|Released|Date)";
const DATE = `(\\d{4})-(\\d{2})-(\\d{2})|(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})`;

export const pageDate: Parser = {
  id: "en.page-date",
  pattern: new RegExp(`(?:\\b${WORD}[ \\t]*:|^[ \\t]*${WORD}(?:[ \\t]+on)?)[ \\t]*(${DATE})\\b`, "m"),
  extract(m) {
    const date = m[1]!;
    const known = m[2]
      ? { year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) }
      : m[5]
        ? { year: Number(m[7]), month: monthNumber(m[5]), day: Number(m[6]) }
        : { year: Number(m[10]), month: monthNumber(m[9]!), day: Number(m[8]) };
    return { index: m.index + m[0].length - date.length, text: date, start: { known }, role: "dateline" };
  },
};
