/**
 * Serving: most saves change only an event's words (its headline, summary, translations, quotes,
 * corrections, when it was added or updated). Such an edit leaves every list of the timeline as
 * it was: the event stays on the same pages, in the same files, beside the same related events.
 * So the last run's timelines are patched in place instead of built again: each edited event's
 * view, in each language, is made anew from the new record and takes the old view's place (every
 * list holds the view itself, so every list sees it), and the feeds, which list events by when
 * they were last updated, are sorted again.
 *
 * An edit to anything that places an event (its status, date, countries, places, tags, group,
 * media, or the sources it cites), or an event added or removed, builds the timelines again.
 */
import { displayNames } from "../core/intl.ts";
import type { Event } from "../schema/index.ts";
import type { Dataset } from "../validate/index.ts";
import { eventView } from "./event-view.ts";
import { resortFeed } from "./feeds.ts";
import { lastUpdated } from "./last-updated.ts";
import type { MediaLibrary } from "./media/media-library.ts";
import { groupTerms } from "./terms.ts";
import type { EventView, Timeline } from "./views.ts";

/** What places an event in a timeline's lists, pages and files. */
const PLACING = ["status", "date", "countries", "places", "tags", "group", "media"] as const;

/**
 * The events of `after` whose words alone differ from `before`, when that is all that differs
 * (none: nothing changed); undefined when the timelines must be built again.
 */
export function wordEdits(before: Dataset, after: Dataset): Event[] | undefined {
  if (before.events.length !== after.events.length || outside(before) !== outside(after)) return undefined;
  const was = new Map(before.events.map((e) => [e.id, e]));
  const edits: Event[] = [];
  for (const event of after.events) {
    const old = was.get(event.id);
    if (!old) return undefined;
    if (old === event || JSON.stringify(old) === JSON.stringify(event)) continue;
    if (!placedAlike(old, event)) return undefined;
    edits.push(event);
  }
  return edits;
}

/** Puts `edits` (wordEdits) into `timeline`, built from an earlier version of `dataset` with `media`. */
export function patchTimeline(timeline: Timeline, edits: readonly Event[], dataset: Dataset, media: MediaLibrary): void {
  const { lang, mainLang } = timeline;
  const views = new Map(timeline.events.map((view) => [view.event.id, view]));
  const names = displayNames(lang, "language");
  const context = {
    sources: new Map(timeline.sources.map((s) => [s.source.id, s])),
    groups: new Map(groupTerms(dataset.groups ?? [], lang, mainLang).map((g) => [g.id, g.term])),
    languageName: (tag: string) => names.of(tag) ?? tag,
    media,
  };
  let updated = false;
  const edited = new Set<EventView>();
  for (const event of edits) {
    const view = views.get(event.id);
    updated ||= view?.event.updated !== event.updated; // (a draft's may be the site's "last updated" when none is published)
    if (!view) continue; // not published: no page shows it
    // What the rest of the timeline set on the view (its place, eras, related events) stays.
    const { related, eras, eraStarts, archive } = view;
    Object.assign(view, eventView(event, timeline, context), { related, eras, eraStarts, archive });
    edited.add(view);
  }
  if (!updated) return;
  timeline.updated = lastUpdated(
    dataset.events.filter((e) => e.status === "published"),
    dataset.events,
    dataset.sources,
  );
  // Each feed keeps its events; the newest of them may now be others. (Feeds list events by when they were last updated.)
  for (const feed of timeline.feeds) if (feed.kind === "site" || feed.events.some((view) => edited.has(view))) resortFeed(feed);
}

/** The data besides the events, as text. */
function outside({ events: _events, documents: _documents, ...rest }: Dataset): string {
  return JSON.stringify(rest);
}

function placedAlike(a: Event, b: Event): boolean {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  return PLACING.every((key) => same(a[key], b[key])) && same(a.citations.map((c) => c.source), b.citations.map((c) => c.source));
}
