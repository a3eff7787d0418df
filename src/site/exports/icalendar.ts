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
import ical, { foldLines, ICalEvent, type ICalCalendar } from "ical-generator";
import { calendarDate } from "../../core/partial-date.ts";
import { fill } from "../i18n/index.ts";
import { fullUrl, partFiles, routes } from "../routes.ts";
import type { EventView, FeedView, FilePart, Timeline } from "../views.ts";
import { ViewMemo } from "../view-memo.ts";
import { latestInSlice, latestInTimeline } from "./latest.ts";

/** True for an event a calendar can show as it is: its day (or days) stated, unqualified. */
export function onCalendar({ event }: EventView): boolean {
  return event.date.precision === "day" && event.date.qualifier === undefined;
}

/** A slice's calendar (the whole timeline's is a slice too): its day-dated events, the latest `maxEventsPerFile` of more, saying where the others are. */
export function icalendar(feed: FeedView): string {
  const { timeline } = feed;
  const dated = feed.events.filter(onCalendar);
  const { events, note } = feed.kind === "site" ? latestInTimeline(timeline, dated, "calendar") : latestInSlice(timeline, dated, feed.page);
  return calendarFile(timeline, { title: feed.title, description: note ? `${feed.description} ${note}` : feed.description, url: feed.calendar, events });
}

/** One part of a long timeline's calendar, a year or month of it (paging.ts `fileParts`). */
export function icalendarPart(part: FilePart): string {
  const { site, ui, prefix } = part.timeline;
  const description = fill(ui.exports.part, { period: part.label, site: site.title, index: fullUrl(site.url, routes.eventsJson(prefix)) });
  return calendarFile(part.timeline, { title: `${part.label} · ${site.title}`, description, url: partFiles(part.page, part.n).calendar, events: part.events.filter(onCalendar) });
}

function calendarFile(timeline: Timeline, feed: { title: string; description: string; url: string; events: EventView[] }): string {
  const { site } = timeline;
  const host = new URL(site.url).host;
  const calendar = ical({
    name: feed.title,
    description: feed.description,
    url: fullUrl(site.url, feed.url),
    prodId: { company: host, product: "Datelines", language: timeline.lang.toUpperCase() },
  }).toString();
  // The calendar's own lines, then its events, each written once however many calendars list it.
  const end = "END:VCALENDAR";
  return `${calendar.slice(0, -end.length)}${feed.events.map((entry) => calendarEntry(entry, host)).join("")}${end}`;
}

/** Each view's VEVENT, for the record it was written from. */
const entries = new ViewMemo<string>();
const scratch = new WeakMap<Timeline, ICalCalendar>();

/** An event's VEVENT, folded at 75 octets as in the whole file (ical-generator folds line by line). */
function calendarEntry(entry: EventView, host: string): string {
  return entries.get(entry, () => foldLines(new ICalEvent(eventData(entry, host), calendarOf(entry.timeline)).toString()));
}

/** A calendar with nothing in it, for writing events alone: its settings (no time zone) are every calendar's. */
function calendarOf(timeline: Timeline): ICalCalendar {
  return scratch.get(timeline) ?? scratch.set(timeline, ical()).get(timeline)!;
}

function eventData(entry: EventView, host: string): ConstructorParameters<typeof ICalEvent>[0] {
  const { event, timeline } = entry;
  const { site, ui } = timeline;
  const url = fullUrl(site.url, entry.url);
  const sources = [...new Set(entry.cites.map((c) => c.sourceView.source.title))];
  return {
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
  };
}
