/**
 * Related events for each event page: the nearest events in time that share a
 * country or a source. Uses per-key chronological indexes, so the cost grows with
 * the number of events, not its square.
 */
import type { EventView } from "./views.ts";

const PER_KEY = 2;
const LIMIT = 6;

/** Fills `related` of each event view, for events already sorted chronologically; `reasons` words the links. */
export function relatedEvents(events: EventView[], reasons: { country: (code: string) => string; source: () => string }): void {
  const indexes = new Map<string, EventView[]>();
  const add = (key: string, e: EventView) => (indexes.get(key) ?? indexes.set(key, []).get(key)!).push(e);
  for (const e of events) {
    for (const c of e.event.countries) add(`country:${c}`, e);
    for (const s of sourcesOf(e)) add(`source:${s}`, e);
  }
  const position = new Map(events.map((e, i) => [e, i]));

  for (const entry of events) {
    const picked = new Map<EventView, string>();
    const keys = [
      ...entry.event.countries.map((c) => [`country:${c}`, reasons.country(c)] as const),
      ...[...sourcesOf(entry)].map((s) => [`source:${s}`, reasons.source()] as const),
    ];
    for (const [key, reason] of keys) {
      for (const other of nearest(indexes.get(key)!, entry, position)) {
        if (!picked.has(other)) picked.set(other, reason);
      }
    }
    entry.related = [...picked]
      .sort(([a], [b]) => position.get(a)! - position.get(b)!)
      .slice(0, LIMIT)
      .map(([other, reason]) => ({ entry: other, reason }));
  }
}

function sourcesOf(entry: EventView): Set<string> {
  return new Set(entry.event.citations.map((c) => c.source));
}

/** The events just before and after `event` in one chronological index. */
function nearest(index: EventView[], event: EventView, position: Map<EventView, number>): EventView[] {
  // index is chronological because events were added in order; binary search by position.
  const target = position.get(event)!;
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position.get(index[mid]!)! < target) lo = mid + 1;
    else hi = mid;
  }
  return [...index.slice(Math.max(0, lo - PER_KEY), lo), ...index.slice(lo + 1, lo + 1 + PER_KEY)];
}
