/**
 * A reference date known only to the month or the year — a source whose publication date
 * is "2020-03" — cannot give a mention a part finer than it has. Resolving against the
 * month's last day would turn "today" into 31 March, a day the text never gives. Here a
 * resolved date keeps every part the text stated and every part at or above the
 * reference's precision; at the first part that is neither, it stops: "today" in a
 * March 2020 source is March 2020, "5日" in a source of 2020 is just 2020, while "5日" in
 * a March source is 5 March (the day is stated, the month comes from the reference).
 */
import type { Precision } from "../../core/partial-date.ts";
import type { Resolved } from "./resolve.ts";
import type { Parts } from "./types.ts";

const ORDER = ["year", "month", "day"] as const;
const DEPTH: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function withinPrecision(resolved: Resolved, precision: Precision): Resolved {
  if (precision === "day") return resolved;
  const kept: (keyof Parts)[] = [];
  for (const [depth, part] of ORDER.entries()) {
    if (resolved.parts[part] === undefined) break;
    if (depth > DEPTH[precision] && !resolved.stated.includes(part)) break;
    kept.push(part);
  }
  if (kept.length === ORDER.filter((p) => resolved.parts[p] !== undefined).length) return resolved;
  const parts = { year: resolved.parts.year, ...(kept.includes("month") ? { month: resolved.parts.month } : {}) };
  return { parts, stated: resolved.stated.filter((p) => kept.includes(p)), implied: resolved.implied.filter((p) => kept.includes(p)) };
}
