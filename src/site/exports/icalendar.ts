/**
 * A slice's events as an iCalendar file (RFC 5545), for calendar apps to subscribe to or
 * import: /events.ics for the whole timeline, events.ics beside every country, tag, group
 * and source page. ical-generator writes the file (escaping, line folding at 75 octets).
 *
 * Only what a calendar can show truthfully goes in: events whose day the sources state, as
 * all-day events (a range as consecutive days). Events known to a month or a year, and those
 * qualified ("late March", "shortly before", "as of", "about") are left out; the methodology
 * says so. Every entry keeps one UID in every calendar and language (<id>@<host>), and its
 * DTSTAMP and LAST-MODIFIED are the event's own `updated`, so a rebuild that changes nothing
 * changes no byte and a calendar app updates an entry instead of adding it twice.
 */
import ical from "ical-generator";
import { calendarDate } from "../../core/partial-date.ts";
import { fullUrl } from "../routes.ts";
import type { EventView, FeedView } from "../views.ts";

/** True for an event a calendar can show as it is: its day (or days) stated, unqualified. */
export function onCalendar({ event }: EventView): boolean {
  return event.date.precision === "day" && event.date.qualifier === undefined;
}

export function icalendar(feed: FeedView): string {
  const { timeline } = feed;
  const { site, ui } = timeline;
  const host = new URL(site.url).host;
  const calendar = ical({
    name: feed.title,
    description: feed.description,
    url: fullUrl(site.url, feed.calendar),
    prodId: { company: host, product: "Datelines", language: timeline.lang.toUpperCase() },
  });
  for (const entry of feed.events.filter(onCalendar)) {
    const { event } = entry;
    const url = fullUrl(site.url, entry.url);
    const sources = [...new Set(entry.cites.map((c) => c.sourceView.source.title))];
    calendar.createEvent({
      id: `${event.id}@${host}`,
      allDay: true,
      start: event.date.start,
      // DTEND of an all-day event is the day after the last (RFC 5545, 3.6.1); one day needs none.
      end: event.date.end ? calendarDate(event.date.end).plus({ days: 1 }).toISODate()! : undefined,
      stamp: event.updated,
      created: event.added,
      lastModified: event.updated,
      sequence: event.corrections?.length ?? 0,
      summary: entry.headline,
      description: [entry.summaryText, sources.length ? `${ui.feed.source} ${sources.join(ui.listSeparator)}` : "", url].filter(Boolean).join("\n\n"),
      location: event.places?.join(ui.listSeparator) || null,
      url,
      categories: event.tags.map((key) => ({ name: timeline.tags.find((t) => t.key === key)?.name ?? key })),
    });
  }
  return calendar.toString();
}
