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
  // For each country and source, the positions of its events in time order.
  const indexes = new Map<string, number[]>();
  const keysOf = (e: EventView) => [...e.event.countries.map((c) => `country:${c}`), ...sourcesOf(e).map((s) => `source:${s}`)];
  events.forEach((e, i) => {
    for (const key of keysOf(e)) (indexes.get(key) ?? indexes.set(key, []).get(key)!).push(i);
  });
  const countryReasons = new Map<string, string>();
  const reasonFor = (key: string) => {
    if (key.startsWith("source:")) return reasons.source();
    const code = key.slice("country:".length);
    return countryReasons.get(code) ?? countryReasons.set(code, reasons.country(code)).get(code)!;
  };
  events.forEach((entry, i) => {
    const picked = new Map<number, string>();
    for (const key of keysOf(entry)) {
      for (const other of nearest(indexes.get(key)!, i)) if (!picked.has(other)) picked.set(other, reasonFor(key));
    }
    entry.related = [...picked]
      .sort(([a], [b]) => a - b)
      .slice(0, LIMIT)
      .map(([other, reason]) => ({ entry: events[other]!, reason }));
  });
}

/** The sources an event cites, each once, in citation order. */
function sourcesOf(entry: EventView): string[] {
  return [...new Set(entry.event.citations.map((c) => c.source))];
}

/** The positions just before and after `position` in one index (ascending positions, holding `position`). */
function nearest(index: number[], position: number): number[] {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return [...index.slice(Math.max(0, lo - PER_KEY), lo), ...index.slice(lo + 1, lo + 1 + PER_KEY)];
}
