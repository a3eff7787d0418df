/**
 * The embed pages of one language: /embed/ shows the latest events, and each event has
 * /embed/events/<id>/, the event among its neighbours, so that an article can embed the
 * timeline opened at any event with no script at all (a fragment, `#<id>`, scrolls to it).
 *
 * Both lists are short on purpose: the page sits in someone else's article, loads with it,
 * and scrolls inside a box of fixed height; the full site is one link away.
 */
import { routes } from "../routes.ts";
import type { EmbedPage, Timeline } from "../views.ts";

/** How many of the latest events /embed/ shows. */
export const EMBED_LATEST = 20;
/** How many events an event's embed page shows on each side of it. */
export const EMBED_AROUND = 6;

export function embedPages(timeline: Timeline): EmbedPage[] {
  const { events, prefix } = timeline;
  const latest: EmbedPage = { timeline, url: routes.embed(prefix), canonical: routes.home(prefix), events: events.slice(-EMBED_LATEST) };
  return [
    latest,
    ...events.map((entry, i) => ({
      timeline,
      url: routes.embedEvent(prefix, entry.event.id),
      canonical: entry.url,
      entry,
      events: events.slice(Math.max(0, i - EMBED_AROUND), i + EMBED_AROUND + 1),
    })),
  ];
}
