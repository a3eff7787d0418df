/**
 * Facets of the timeline: the events of each country and each tag, in
 * chronological order, for the country and tag pages and their indexes.
 */
import type { EventView } from "./timeline.ts";

export interface Facet {
  key: string;
  name: string;
  url: string;
  events: EventView[];
}

/** Countries any published event names, most events first, then by name. */
export function countryFacets(events: readonly EventView[], lang: string): Facet[] {
  const names = new Intl.DisplayNames([lang], { type: "region" });
  return facets(events, (e) => e.countries, (code) => ({ name: names.of(code) ?? code, url: `/countries/${code.toLowerCase()}/` }), lang);
}

export function tagFacets(events: readonly EventView[], lang: string): Facet[] {
  return facets(events, (e) => e.tags, (tag) => ({ name: tag.replace(/-/g, " "), url: `/tags/${tag}/` }), lang);
}

function facets(
  events: readonly EventView[],
  keysOf: (e: EventView) => readonly string[],
  describe: (key: string) => { name: string; url: string },
  lang: string,
): Facet[] {
  const byKey = new Map<string, EventView[]>();
  for (const e of events) for (const key of keysOf(e)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(e);
  const collator = new Intl.Collator(lang);
  return [...byKey]
    .map(([key, list]) => ({ key, ...describe(key), events: list }))
    .sort((a, b) => b.events.length - a.events.length || collator.compare(a.name, b.name));
}
