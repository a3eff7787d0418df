/**
 * The hand-set confidence drafts carried before the calibrated model (until 2026-12), kept
 * only so the benchmark can show what changed: 0.95 for a stated date, times fixed
 * factors for implied parts, relative dates, qualifiers and other dates in the clause.
 */
import type { Example } from "./confidence-data.ts";

const MOD_FACTOR: Record<string, number> = { BEFORE: 0.75, ASOF: 0.8, APPROX: 0.85, START: 0.9, MID: 0.9, END: 0.9 };

export function previousScore({ mention, features }: Example): number {
  let c = 0.95;
  if (mention.stated.length === 0) c *= 0.6;
  else {
    if (mention.implied.includes("year")) c *= 0.85;
    if (mention.implied.includes("month")) c *= 0.8;
  }
  if (mention.mod) c *= MOD_FACTOR[mention.mod] ?? 1;
  if (features.otherDates) c *= 0.9;
  return Math.round(c * 100) / 100;
}
