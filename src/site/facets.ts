/**
 * Facets of the timeline: the events of each country and each tag, in
 * chronological order, for the country and tag pages and their indexes.
 */
import type { EventView, Timeline } from "./timeline.ts";

export interface Facet {
  timeline: Timeline;
  key: string;
  name: string;
  url: string;
  events: EventView[];
}

/** Countries any published event names, most events first, then by name. */
export function countryFacets(timeline: Timeline, events: readonly EventView[], lang: string, prefix: string): Facet[] {
  const names = new Intl.DisplayNames([lang], { type: "region" });
  return facets(timeline, events, (e) => e.countries, (code) => ({ name: names.of(code) ?? code, url: `${prefix}/countries/${code.toLowerCase()}/` }), lang);
}

export function tagFacets(timeline: Timeline, events: readonly EventView[], lang: string, prefix: string): Facet[] {
  return facets(timeline, events, (e) => e.tags, (tag) => ({ name: tag.replace(/-/g, " "), url: `${prefix}/tags/${tag}/` }), lang);
}

function facets(
  timeline: Timeline,
  events: readonly EventView[],
  keysOf: (e: EventView) => readonly string[],
  describe: (key: string) => { name: string; url: string },
  lang: string,
): Facet[] {
  const byKey = new Map<string, EventView[]>();
  for (const e of events) for (const key of keysOf(e)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(e);
  const collator = new Intl.Collator(lang);
  return [...byKey]
    .map(([key, list]) => ({ timeline, key, ...describe(key), events: list }))
    .sort((a, b) => b.events.length - a.events.length || collator.compare(a.name, b.name));
}
