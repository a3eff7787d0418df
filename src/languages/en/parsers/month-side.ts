/**
 * A month named with last, next or this: "last October" (the latest October before the publication
 * month: 2019-10 in a March 2020 report), "this past October", "next March" (the first March after
 * it: 2021-03 in March 2020), "this March" (this year's); with a part: "early last August",
 * "late next March" (mod START, MID, END).
 */
import type { DateSpec, Mod, Parser } from "../../extraction.ts";
import { MONTH_ALONE, monthNumber } from "../constants.ts";

const MODS: Record<string, Mod> = { early: "START", mid: "MID", late: "END" };
const SIDES: Record<string, Partial<DateSpec>> = {
  last: { side: "last" }, "this past": { side: "last" }, next: { side: "next" }, "this coming": { side: "next" },
  this: { relative: { kind: "year", offset: 0 } },
};

export const monthSide: Parser = {
  id: "en.month-side",
  pattern: new RegExp(`\\b(?:([Ee]arly|[Mm]id|[Ll]ate)(?:-|\\s+))?([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his)\\s+(${MONTH_ALONE})(?!,?\\s+\\d)`),
  extract(m) {
    const [, part, side, monthWord] = m;
    return {
      index: m.index,
      text: m[0],
      start: { known: { month: monthNumber(monthWord!) }, ...SIDES[side!.toLowerCase()]! },
      ...(part ? { mod: MODS[part.toLowerCase()]! } : {}),
    };
  },
};
