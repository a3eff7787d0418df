/**
 * Years used as dates: "in 2019", "since 2015", "from 2015 to 2019", "early 2020", "mid-2019",
 * "the end of 2019". A bare number needs a time preposition (or a part word) before it, and is
 * not a year when a count noun or unit follows ("in 2000 cases", "for 2020 masks").
 */
import type { Mod, Parser } from "../../extraction.ts";
import { QUANTITY_AFTER, TIME_PREPOSITION, after, before } from "../constants.ts";

const PART = `([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd(?=-))(?:-|\\s+)|(?:[Tt]he\\s+)?(beginning|start|middle|end)\\s+of\\s+`;
const MODS: Record<string, Mod> = { early: "START", beginning: "START", start: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
/** A plural noun right after the number makes it a count ("2000 masks"); these -s words do not. */
const COUNT_NOUN = /^\s+(?!(?:is|was|has|as|its|this|his|thus|plus|versus|across|alongside|whereas|unless)\b)[a-z]+s\b|^\s+(?:people|children|men|women|staff|personnel)\b/;
const YEAR = `(1[89]\\d\\d|20\\d\\d)`;

export const year: Parser = {
  id: "en.year",
  pattern: new RegExp(`(?:\\b(?:${PART})|(?<![\\d.,$/-]))\\b${YEAR}(?:\\s*(?:-|–|to|through|until|and)\\s*${YEAR})?\\b(?![-/]\\d|[.,]\\d)`),
  extract(m, { text }) {
    const part = m[1] ?? m[2];
    if (!part && !TIME_PREPOSITION.test(before(text, m.index))) return null;
    const rest = after(text, m);
    if (QUANTITY_AFTER.test(rest) || COUNT_NOUN.test(rest)) return null;
    const first = Number(m[3]);
    const last = m[4] ? Number(m[4]) : undefined;
    return {
      index: m.index,
      text: m[0],
      start: { known: { year: first } },
      ...(last === undefined ? {} : { end: { known: { year: last } } }),
      ...(part ? { mod: MODS[part.toLowerCase()]! } : {}),
    };
  },
};
