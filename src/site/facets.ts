/**
 * Facets of the timeline: the events of each country and each tag, in
 * chronological order, for the country and tag pages and their indexes.
 */
import { chunk } from "./chronology.ts";
import { routes } from "./routes.ts";
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
  return facets(timeline, events, (e) => e.countries, (code) => ({ name: names.of(code) ?? code, url: routes.country(prefix, code) }), lang);
}

export function tagFacets(timeline: Timeline, events: readonly EventView[], lang: string, prefix: string): Facet[] {
  return facets(timeline, events, (e) => e.tags, (tag) => ({ name: tag.replace(/-/g, " "), url: routes.tag(prefix, tag) }), lang);
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

/** One page of a country, tag or source listing: its events cut to the site's page size. */
export interface ListingPage<T> {
  timeline: Timeline;
  item: T;
  url: string;
  events: EventView[];
  pageNumber: number;
  pageCount: number;
  previous?: string;
  next?: string;
}

/** Splits each item's events into pages of at most `perPage`: /countries/cn/, /countries/cn/2/ … */
export function listingPages<T extends { timeline: Timeline; url: string; events: EventView[] }>(items: readonly T[], perPage: number): ListingPage<T>[] {
  return items.flatMap((item) => {
    const chunks = chunk(item.events, perPage);
    const url = (i: number) => (i === 0 ? item.url : `${item.url}${i + 1}/`);
    return chunks.map((events, i) => ({
      timeline: item.timeline,
      item,
      url: url(i),
      events,
      pageNumber: i + 1,
      pageCount: chunks.length,
      ...(i > 0 ? { previous: url(i - 1) } : {}),
      ...(i < chunks.length - 1 ? { next: url(i + 1) } : {}),
    }));
  });
}
