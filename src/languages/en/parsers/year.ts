/**
 * Years used as dates: "in 2019", "since 2015", "from 2015 to 2019", "early 2020", "mid-2019",
 * "the end of 2019"; a year as a modifier after a determiner or possessive: "a 2015 survey", "her 2012
 * campaign", "Xinhua's 2019 report"; seasons and fiscal years: "the 2019/20 season", "in 1998-99",
 * "the 2014-2015 budget" (a range). A bare number needs a time preposition, a part word or a
 * determiner before it, and is not a year when a count noun or unit follows ("in 2000 cases",
 * "for 2020 masks", "the 2000 people").
 */
import type { Mod, Parser } from "../../extraction.ts";
import { QUANTITY_AFTER, TIME_PREPOSITION, after, before } from "../constants.ts";

const PART = `([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd(?=-))(?:-|\\s+)|(?:[Tt]he\\s+)?(beginning|start|middle|end)\\s+of\\s+`;
const MODS: Record<string, Mod> = { early: "START", beginning: "START", start: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
/** A plural noun right after the number makes it a count ("2000 masks"); these -s words do not. */
const COUNT_NOUN = /^\s+(?!(?:is|was|has|as|its|this|his|thus|plus|versus|across|alongside|whereas|unless|Olympics|Games|elections|polls|talks|riots|protests|floods|finals|series)\b)[A-Za-z]+s\b|^\s+(?:people|children|men|women|staff|personnel)\b/;
/** A year as a modifier: "a 2015 survey", "the 2019/20 season", "her 2012 campaign", "WHO's 2019 report". */
const DETERMINER = /(?:\b(?:[Aa]n?|[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Tt]his|[Tt]hat)|\w['’]s)\s+$/;
const WORD_AFTER = /^\s+[A-Za-z]/;
const YEAR = `(1[89]\\d\\d|20\\d\\d)`;
/** A second year: "to 2019", "-2015", "/20", "-99". */
const SECOND = `(?:\\s*(?:-|–|to|through|until|and)\\s*${YEAR}|[-–/](\\d\\d)(?!\\d))`;

export const year: Parser = {
  id: "en.year",
  pattern: new RegExp(`(?:\\b(?:${PART})|(?<![\\d.,$/-]))\\b${YEAR}(?:${SECOND})?\\b(?![-/]\\d|[.,]\\d)`),
  extract(m, { text }) {
    const [, part1, part2, firstText, lastText, shortText] = m;
    const part = part1 ?? part2;
    const said = before(text, m.index);
    const rest = after(text, m);
    const modifier = !part && DETERMINER.test(said) && WORD_AFTER.test(rest);
    if (!part && !modifier && !TIME_PREPOSITION.test(said)) return null;
    if (QUANTITY_AFTER.test(rest) || COUNT_NOUN.test(rest)) return null;
    const first = Number(firstText);
    let last = lastText ? Number(lastText) : undefined;
    if (shortText) {
      // "1998-99", "2019/20": the next few years; "2020-07" or "2020/15" (numbers, months) are not.
      const century = first - (first % 100);
      last = century + Number(shortText) + (Number(shortText) < first % 100 ? 100 : 0);
      if (last - first < 1 || last - first > 5) return null;
    }
    return {
      index: m.index,
      text: m[0],
      start: { known: { year: first } },
      ...(last === undefined ? {} : { end: { known: { year: last } } }),
      ...(part ? { mod: MODS[part.toLowerCase()]! } : {}),
    };
  },
};
