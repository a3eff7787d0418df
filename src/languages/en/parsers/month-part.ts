/**
 * Parts of a month: "early February", "mid-March", "late April 2020", "the end of March",
 * "the beginning of this month", "late last month" → month precision with mod START, MID or END.
 */
import type { Mod, Parser } from "../../extraction.ts";
import { MONTH_ALONE, monthNumber } from "../constants.ts";

const PART = `([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd(?=-))(?:-|\\s+)|(?:[Tt]he\\s+)?(beginning|start|middle|end)\\s+of\\s+`;
const MODS: Record<string, Mod> = { early: "START", beginning: "START", start: "START", mid: "MID", middle: "MID", late: "END", end: "END" };
const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

export const monthPart: Parser = {
  id: "en.month-part",
  pattern: new RegExp(`\\b(?:${PART})(?:(${MONTH_ALONE})(?:,?\\s+(\\d{4})\\b(?![-/]\\d))?|(this|last|next)\\s+month\\b)`),
  extract(m) {
    const mod = MODS[(m[1] ?? m[2])!.toLowerCase()]!;
    const start = m[3]
      ? { known: { month: monthNumber(m[3]), ...(m[4] ? { year: Number(m[4]) } : {}) } }
      : { known: {}, relative: { kind: "month" as const, offset: OFFSETS[m[5]!]! } };
    return { index: m.index, text: m[0], start, mod };
  },
};
