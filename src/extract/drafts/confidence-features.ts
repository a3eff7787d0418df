/**
 * What the confidence model (confidence.ts) knows about a draft, as numbers. Two kinds:
 *
 * - the line the mention sits on: how many kinds of page chrome it shows (a relative time
 *   such as "3 minutes ago", a clock time, separators, share bars and counters, a byline
 *   or "Updated" label) and how much prose it holds (letters beside the mention, log scale);
 * - the mention itself: nothing stated (a relative date: yesterday, 日前), year or month
 *   implied, a qualifier (early/late, before, as-of, about), other dates in its clause, a
 *   full date with its year (page chrome states years; copy mostly does not), written in
 *   digits only (25/04/2020, 2020-03-28: timestamps).
 *
 * Only what the text shows: no language branches (chrome words for every language are in
 * chrome-cues.ts), no rule ids (they name a language; the features above carry what they
 * would tell), nothing about the reference date (every labelled document has a firm one,
 * so it cannot be fitted: confidence.ts applies it as a stated prior).
 */
import type { Mention } from "../engine/types.ts";
import { chromeCues } from "./chrome-cues.ts";

export const FEATURES = ["chrome", "prose", "relative", "yearImplied", "monthImplied", "qualified", "otherDates", "fullDate", "digitsOnly"] as const;
export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, number>;

export interface FeatureInput {
  mention: Pick<Mention, "text" | "stated" | "implied" | "mod">;
  /** The text of the mention's line before and after the mention (each bounded, see lineAround). */
  before: string;
  after: string;
  /** Proposed dates in the mention's clause, itself included. */
  datesInClause: number;
}

/** How far along its line to look on each side of a mention, in UTF-16 units. */
export const LINE_REACH = 300;

export function featuresOf({ mention, before, after, datesInClause }: FeatureInput): Features {
  const line = `${before} ${after}`;
  const stated = mention.stated.length > 0;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return {
    chrome: new Set([...chromeCues(before), ...chromeCues(after)]).size,
    prose: Math.log10(1 + letters) / 3,
    relative: stated ? 0 : 1,
    yearImplied: stated && mention.implied.includes("year") ? 1 : 0,
    monthImplied: stated && mention.implied.includes("month") ? 1 : 0,
    qualified: mention.mod ? 1 : 0,
    otherDates: datesInClause > 1 ? 1 : 0,
    fullDate: mention.stated.includes("year") && mention.stated.includes("day") ? 1 : 0,
    digitsOnly: /\p{L}/u.test(mention.text) ? 0 : 1,
  };
}

/** The text on the mention's line before and after it (UTF-16 offsets), at most LINE_REACH units each way. */
export function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < LINE_REACH && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < LINE_REACH && !isLineBreak(text.charCodeAt(to))) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}
