/**
 * /timelinejs.json: the timeline in TimelineJS 3's JSON format, so a newsroom can
 * keep a TimelineJS embed while it moves (https://timeline.knightlab.com/docs/json-format.html).
 *
 * TimelineJS reads `headline`, `text`, `caption` and `credit` as HTML (it sanitises
 * them), so plain text is escaped once and summaries and captions are inline
 * Markdown rendered to HTML. `display_date` and `group` it reduces to text and then
 * writes as HTML again, so those are escaped twice: "R&D" arrives as "R&D" and a
 * "<b>" in a label stays text. Dates carry only the parts their precision has;
 * `display_date` keeps our label ("late February 2020") so qualifiers survive, and
 * `unique_id` is the event id, so a re-import keeps ids.
 */
import { escapeHtml, escapeText, inlineHtml } from "../inline-markup.ts";
import { fill, plural } from "../i18n/index.ts";
import { partsOf } from "../../core/partial-date.ts";
import { fullUrl, routes } from "../routes.ts";
import type { EventView, FilePart, Timeline } from "../views.ts";
import { latestInTimeline } from "./latest.ts";
import { EXPORT_SOURCES_CLASS } from "../../core/timelinejs-format.ts";

/** TimelineJS date parts, as strings like its own Google Sheets reader makes them. */
export interface TlDate {
  year: string;
  month?: string;
  day?: string;
}
export interface TlMedia {
  url: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
}
export interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
  media?: TlMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
}
export interface TlEra {
  start_date: TlDate;
  end_date: TlDate;
  text: { headline: string; text?: string };
}
export interface TimelineJsData {
  title: TlSlide;
  events: TlSlide[];
  eras: TlEra[];
}

/**
 * The TimelineJS 3 JSON of one language's timeline: a title slide, a slide per published event (the latest
 * `maxEventsPerFile` of a longer timeline, the title slide saying where the others are), the eras.
 */
export function timelineJsData(timeline: Timeline): TimelineJsData {
  const { events, note } = latestInTimeline(timeline, timeline.events, "timelineJs");
  return timelineJs(timeline, timeline.site.title, timeline.site.description, events, note);
}

/** One part of a long timeline's TimelineJS JSON, a year or month of it (paging.ts `fileParts`). */
export function timelineJsPart(part: FilePart): TimelineJsData {
  const { site, ui, prefix } = part.timeline;
  const note = fill(ui.exports.part, { period: part.label, site: site.title, index: fullUrl(site.url, routes.eventsJson(prefix)) });
  return timelineJs(part.timeline, `${site.title} · ${part.label}`, site.description, part.events, note);
}

function timelineJs(timeline: Timeline, title: string, description: string, events: EventView[], note?: string): TimelineJsData {
  const home = fullUrl(timeline.site.url, routes.home(timeline.prefix));
  return {
    title: {
      text: {
        headline: escapeText(title),
        text: `<p>${escapeText(description)}</p><p><a href="${escapeHtml(home)}">${escapeText(home)}</a></p>${note ? `<p>${escapeText(note)}</p>` : ""}`,
      },
    },
    events: events.map((event) => eventSlide(event, timeline)),
    eras: timeline.eras.map((era) => ({ start_date: tlDate(era.start), end_date: tlDate(era.end), text: { headline: escapeText(era.label) } })),
  };
}

function eventSlide(entry: EventView, { site, ui, lang }: Timeline): TlSlide {
  const { event } = entry;
  const sources = [...new Map(entry.cites.map((c) => [c.citation.source, c.sourceView])).values()];
  const names = sources.map((s) => `<a href="${escapeHtml(fullUrl(site.url, s.url))}">${escapeText(s.source.title)}</a>`);
  const summary = entry.summary ? `<p>${inlineHtml(entry.summary, { minimal: true })}</p>` : "";
  const media = slideMedia(entry, site.url);
  return {
    start_date: tlDate(event.date.start),
    ...(event.date.end ? { end_date: tlDate(event.date.end) } : {}),
    text: {
      headline: escapeText(entry.headline),
      text: `${summary}<p class="${EXPORT_SOURCES_CLASS}">${plural(ui.exports.sources, sources.length, lang, { sources: names.join(escapeText(ui.listSeparator)) })}</p>`,
    },
    ...(media ? { media } : {}),
    ...(entry.group ? { group: twice(entry.group.text) } : {}),
    display_date: twice(entry.label),
    unique_id: event.id,
  };
}

/**
 * The first media item, if TimelineJS can load it: an https URL as it is, or a picture this
 * site published (its largest PNG or JPEG). Other local files stay in /events.json only.
 */
function slideMedia({ media }: EventView, siteUrl: string): TlMedia | undefined {
  const view = media[0];
  if (!view) return undefined;
  const { item } = view;
  const published = (src: string | undefined) => (src && /^https:/i.test(src) ? src : undefined);
  const url = published(item.src) ?? (view.display === "image" && view.file ? fullUrl(siteUrl, view.file.url) : undefined);
  if (!url) return undefined;
  const thumbnail = published(item.thumbnail) ?? (view.picture && !published(item.src) ? fullUrl(siteUrl, view.picture.src) : undefined);
  return {
    url,
    ...(item.caption ? { caption: inlineHtml(item.caption, { minimal: true }) } : {}),
    ...(item.credit ? { credit: escapeText(item.credit) } : {}),
    ...(thumbnail ? { thumbnail } : {}),
    // TimelineJS sets alt as a property, not as HTML: plain text.
    ...(item.alt ? { alt: item.alt } : item.decorative ? { alt: "" } : {}),
  };
}

/** "2020-03-29" → {year: "2020", month: "3", day: "29"}; "2020-03" → {year, month}; "2020" → {year}. */
export function tlDate(partial: string): TlDate {
  const { year, month, day } = partsOf(partial);
  return { year: String(year), ...(month ? { month: String(month) } : {}), ...(day ? { day: String(day) } : {}) };
}

/** For fields TimelineJS turns into text and then writes as HTML (display_date, group). */
function twice(text: string): string {
  return escapeText(escapeText(text));
}
