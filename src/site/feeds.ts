/**
 * The feeds of a language: one for the whole timeline, and one for each country, tag, group
 * and source, so that a reader can follow only what they care about. Every feed lists the
 * most recently added or corrected events of its slice, bounded by `site.feed.entries`, and
 * names each entry by its event page, so an event in two followed feeds is one item.
 */
import { fill } from "./i18n/index.ts";
import { feedFiles, routes } from "./routes.ts";
import type { EventView, Facet, FeedView, SliceKind, SourceView, Timeline } from "./views.ts";

export function feedViews(timeline: Timeline): FeedView[] {
  const { ui, site } = timeline;
  // Every event's place in the whole timeline's feed order, so that each slice sorts by a number.
  const newest = new Map(byUpdate(timeline.events).map((e, i) => [e, i]));
  const slice = (kind: SliceKind, name: string, label: string, page: string, events: EventView[], updated?: string) =>
    sliceFeed(timeline, kind, name, label, page, [...events].sort((a, b) => newest.get(a)! - newest.get(b)!), events, updated);
  const facet = (kind: SliceKind, label: string) => (f: Facet) => slice(kind, f.name, fill(label, { name: f.name }), f.url, f.events);
  return [
    slice("site", site.title, site.title, routes.home(timeline.prefix), timeline.events, timeline.updated),
    ...timeline.countries.map(facet("country", ui.subscribe.country)),
    ...timeline.tags.map(facet("tag", ui.subscribe.tag)),
    ...timeline.groups.map(facet("group", ui.subscribe.group)),
    ...timeline.sources.map((s: SourceView) => slice("source", s.source.title, fill(ui.subscribe.source, { name: s.source.title }), s.url, s.events)),
  ];
}

/** `feed`'s newest entries and update time again, after its events' update times changed (serving: text-edits.ts). */
export function resortFeed(feed: FeedView): void {
  const { timeline, kind, name, label, page, events } = feed;
  const fresh = sliceFeed(timeline, kind, name, label, page, byUpdate(events), events, kind === "site" ? timeline.updated : undefined);
  feed.entries = fresh.entries;
  feed.updated = fresh.updated;
}

/** `newestFirst`: the slice's `events` in feed order. */
function sliceFeed(timeline: Timeline, kind: SliceKind, name: string, label: string, page: string, newestFirst: EventView[], events: EventView[], updated?: string): FeedView {
  const entries = newestFirst.slice(0, timeline.site.feed.entries);
  const title = kind === "site" ? timeline.site.title : `${label} · ${timeline.site.title}`;
  return {
    timeline,
    kind,
    name,
    label,
    title,
    description: kind === "site" ? timeline.site.description : fill(timeline.ui.subscribe.sliceDescription, { slice: label, site: timeline.site.title }),
    page,
    ...feedFiles(page),
    entries,
    events,
    updated: updated ?? entries[0]?.event.updated ?? timeline.updated,
  };
}

/** Newest `updated` first; the same instant in id order, so every build lists them alike. Each instant is read once. */
function byUpdate(events: readonly EventView[]): EventView[] {
  const keyed = events.map((view) => ({ view, time: Date.parse(view.event.updated) }));
  keyed.sort((a, b) => b.time - a.time || (a.view.event.id < b.view.event.id ? -1 : 1));
  return keyed.map((k) => k.view);
}
