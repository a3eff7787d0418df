/**
 * Years counted from the publication date: "last year", "this year", "next year", "the current
 * fiscal year", "earlier this year", "later this year"; with a part: "late last year", "early next
 * year", "the end of last year", "by year's end", "by the end of the year", "year-end" (this year, mod
 * END). Not a span of time: "over the last year", "for the next year", "the past year" (a preceding
 * "the" makes last/next/past a duration), nor "every year", "a year".
 *
 * "earlier this year" is this year without a part: the model's START ("early 2020") would be wrong in
 * an autumn report, and BEFORE reads as "before 2020".
 */
import type { Mod, Parser } from "../../extraction.ts";
import { before } from "../constants.ts";

const OFFSETS: Record<string, number> = { this: 0, current: 0, last: -1, next: 1 };
const MODS: Record<string, Mod> = { early: "START", beginning: "START", start: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
const PART = `([Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+)|(?:[Tt]he\\s+)?(beginning|start|middle|end)\\s+of\\s+`;
const WHICH = `(?:(?:[Ee]arlier|[Ll]ater)\\s+)?([Tt]his|[Ll]ast|[Nn]ext|the\\s+current)\\s+(?:fiscal\\s+|calendar\\s+)?year(?!-)\\b`;
/** This year's end: "year's end", "year-end", "the end of the year" (after "by", "at", "before", "until"). */
const YEAR_END = `(year['’]s\\s+end|year-end)\\b`;
const END_OF_THE_YEAR = `(?:the\\s+)?end\\s+of\\s+the\\s+year\\b`;

export const relativeYear: Parser = {
  id: "en.relative-year",
  pattern: new RegExp(`\\b(?:(?:${PART})?${WHICH}|${YEAR_END}|${END_OF_THE_YEAR})`),
  extract(m, { text }) {
    const [, part1, part2, which, yearEnd] = m;
    const said = before(text, m.index);
    if (which) {
      // "over the last year", "for the next year": a span, not a calendar year.
      if (!part1 && !part2 && /\b(?:the|a|each|every|per)\s+$/i.test(said)) return null;
      const word = which.toLowerCase().replace(/^the\s+/, "");
      const part = part1 ?? part2;
      return {
        index: m.index,
        text: m[0],
        start: { known: {}, relative: { kind: "year", offset: OFFSETS[word]! } },
        ...(part ? { mod: MODS[part.toLowerCase()]! } : {}),
      };
    }
    // "by year's end", "by the end of the year": a deadline this year; after "of" ("the end of the
    // year of the rat") or without a time word it is left alone.
    if (!/\b(?:[Bb]y|[Aa]t|[Bb]efore|[Uu]ntil|[Tt]ill|[Tt]owards?|[Ii]n|[Aa]round|[Ss]ince)\s+$/.test(said)) return null;
    if (!yearEnd && /^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "year", offset: 0 } }, mod: "END" };
  },
};
