/**
 * Facets of the timeline: the events of each country and each tag, in
 * chronological order, for the country and tag pages and their indexes.
 */
import { routes } from "./routes.ts";
import type { EventView, Facet, Term, Timeline } from "./views.ts";
import { collator, displayNames } from "../core/intl.ts";

/** Countries any published event names, most events first, then by name. */
export function countryFacets(timeline: Timeline, events: readonly EventView[]): Facet[] {
  const names = displayNames(timeline.lang, "region");
  const name = (code: string) => ({ name: names.of(code) ?? code, lang: timeline.lang, dir: timeline.dir });
  return facets(timeline, events, (e) => e.event.countries, (code) => ({ ...name(code), url: routes.country(timeline.prefix, code) }));
}

export function tagFacets(timeline: Timeline, events: readonly EventView[]): Facet[] {
  const name = (tag: string) => ({ name: timeline.terms.tags[tag]!.text, lang: timeline.terms.tags[tag]!.lang, dir: timeline.terms.tags[tag]!.dir });
  return facets(timeline, events, (e) => e.event.tags, (tag) => ({ ...name(tag), url: routes.tag(timeline.prefix, tag) }));
}

/** Groups with published events, in groups.json's order (an editorial order, not by size). */
export function groupFacets(timeline: Timeline, events: readonly EventView[], groups: readonly { id: string; term: Term }[]): Facet[] {
  return groups.flatMap(({ id, term }) => {
    const list = events.filter((e) => e.event.group === id);
    return list.length === 0 ? [] : [{ timeline, key: id, name: term.text, lang: term.lang, dir: term.dir, url: routes.group(timeline.prefix, id), events: list }];
  });
}

function facets(
  timeline: Timeline,
  events: readonly EventView[],
  keysOf: (e: EventView) => readonly string[],
  describe: (key: string) => Pick<Facet, "name" | "lang" | "dir" | "url">,
): Facet[] {
  const byKey = new Map<string, EventView[]>();
  for (const e of events) for (const key of keysOf(e)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(e);
  const sorter = collator(timeline.lang);
  return [...byKey]
    .map(([key, list]) => ({ timeline, key, ...describe(key), events: list }))
    .sort((a, b) => b.events.length - a.events.length || sorter.compare(a.name, b.name));
}
