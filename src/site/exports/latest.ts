/**
 * What a download of the whole timeline or of a slice holds: every event, or, past
 * `timeline.maxEventsPerFile`, the latest that many, with words that say where the others
 * are, so that no file grows without bound and nothing is left out unsaid.
 */
import { fill, plural } from "../i18n/index.ts";
import { fullUrl, partFiles, routes } from "../routes.ts";
import type { EventView, Timeline } from "../views.ts";

export interface Held {
  events: EventView[];
  /** When `events` are only the latest: where the others are, in the timeline's language (plain text). */
  note?: string;
}

/** The whole timeline's download of this kind: the others are in its parts, a year or month at a time. */
export function latestInTimeline(timeline: Timeline, events: EventView[], kind: keyof ReturnType<typeof partFiles>): Held {
  const { site, ui, lang, prefix } = timeline;
  const perFile = site.timeline.maxEventsPerFile;
  const last = timeline.fileParts.at(-1);
  if (events.length <= perFile || !last) return { events };
  return {
    events: events.slice(-perFile),
    note: fill(ui.exports.latest, {
      shown: perFile,
      events: plural(ui.count.events, events.length, lang),
      example: fullUrl(site.url, partFiles(last.page, last.n)[kind]),
      index: fullUrl(site.url, routes.eventsJson(prefix)),
    }),
  };
}

/** A slice's calendar: the others are on the slice's page. */
export function latestInSlice(timeline: Timeline, events: EventView[], page: string): Held {
  const { site, ui, lang } = timeline;
  const perFile = site.timeline.maxEventsPerFile;
  if (events.length <= perFile) return { events };
  return {
    events: events.slice(-perFile),
    note: fill(ui.exports.latestSlice, { shown: perFile, events: plural(ui.count.events, events.length, lang), url: fullUrl(site.url, page) }),
  };
}
