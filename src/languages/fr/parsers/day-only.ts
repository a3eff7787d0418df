/**
 * A day of the month alone, after "le" or "au": "depuis le 17, …", "jusqu'au 31." (the number is the
 * mention, as "17" in "le 17"). Only when punctuation or "et"/"au" follows: "le 15 est un numéro"
 * and "le 17e jour" are not dates.
 */
import type { Parser } from "../../extraction.ts";
import { after, before } from "../../kit/pieces.ts";

const BEFORE = /(?<![\p{L}])(?:[Ll]e|jusqu['’]au|au)\s+$/u;
const NEXT_OK = /^(?:\s*[,.;:!?)\]»”—–]|\s*$|\s+(?:et|au)\s+(?:le\s+)?\d)/u;

export const dayOnly: Parser = {
  id: "fr.day-only",
  pattern: /(?<![\p{L}\p{N}.,/:-])(\d{1,2})(?:er)?(?![\p{L}\p{N}]|[.,]\d)/u,
  extract(m, { text }) {
    const day = Number(m[1]);
    if (day < 1 || day > 31 || !BEFORE.test(before(text, m.index)) || !NEXT_OK.test(after(text, m))) return null;
    return { index: m.index, text: m[0], start: { known: { day } } };
  },
};
