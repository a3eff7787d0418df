/**
 * How sure a draft is that its clause reports an event on its date, 0–1:
 *
 *   0.95                      a day, month and year stated in the text
 *   × 0.85                    the year was implied (from the publication date or dateline)
 *   × 0.80                    the month was implied too (a bare day: 5日)
 *   × 0.60 instead of those   nothing was stated (日前, yesterday, last Friday): a relative date
 *   × 0.75 before, 0.80 as-of, 0.85 approximate, 0.90 early/mid/late
 *   × 0.80                    a part was implied and the reference date was itself a guess
 *                             (not a publication date or dateline)
 *   × 0.90                    the clause holds other dates, so which one dates the event is less sure
 *
 * rounded to two decimals. It orders the review, it is not a probability.
 */
import type { ReferenceBasis } from "./schema.ts";
import type { Mention } from "../engine/types.ts";

const FIRM_REFERENCE: ReferenceBasis[] = ["published", "option", "dateline"];
const MOD_FACTOR = { BEFORE: 0.75, ASOF: 0.8, APPROX: 0.85, START: 0.9, MID: 0.9, END: 0.9 } as const;

export function confidenceOf(mention: Pick<Mention, "stated" | "implied" | "mod">, reference: ReferenceBasis, datesInClause: number): number {
  let c = 0.95;
  if (mention.stated.length === 0) c *= 0.6;
  else {
    if (mention.implied.includes("year")) c *= 0.85;
    if (mention.implied.includes("month")) c *= 0.8;
  }
  if (mention.mod) c *= MOD_FACTOR[mention.mod];
  if (mention.implied.length > 0 && !FIRM_REFERENCE.includes(reference)) c *= 0.8;
  if (datesInClause > 1) c *= 0.9;
  return Math.round(c * 100) / 100;
}
