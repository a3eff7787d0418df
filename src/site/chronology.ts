/**
 * Chronological order and grouping. Events with a vaguer date sort at the start of
 * the period they are known to fall in; same-day events keep a stable order by id.
 */
import { periodKey as periodOf } from "../core/partial-date.ts";
import type { Event } from "../schema/index.ts";

const PART_START: Record<string, string> = { early: "01", mid: "11", late: "21" };

/** A sortable key: the earliest day the event can be on, then a rank within that day. */
export function sortKey(event: Event): string {
  const { start, precision, qualifier } = event.date;
  if (precision === "year") return `${start}-00-00 0`;
  if (precision === "month") return `${start}-${PART_START[qualifier ?? ""] ?? "00"} 0`;
  const rank = qualifier === "before" ? 1 : qualifier === "as-of" ? 3 : 2;
  return `${start} ${rank}`;
}

export function byDate(a: Event, b: Event): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "2020-03" for day/month dates; "2020" for events known only to the year. */
export function periodKey(event: Event): string {
  return periodOf(event.date.start, event.date.precision);
}
