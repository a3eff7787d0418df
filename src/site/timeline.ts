/**
 * The site's view of a validated dataset: published events in chronological order,
 * grouped into years and months, split into bounded archive pages, with each
 * event's citations, sources and related events resolved once for all templates.
 */
import type { Citation, Event, SiteConfig, Source } from "../schema/index.ts";
import type { Dataset } from "../validate/index.ts";
import { byDate, chunk, periodKey } from "./chronology.ts";
import { calendarDate, dateLabel, machineDate } from "./date-label.ts";
import { countryFacets, tagFacets, type Facet } from "./facets.ts";
import { relatedEvents, type RelatedLink } from "./related.ts";
import { textDirection } from "./text-direction.ts";

export interface CitationView extends Citation {
  sourceRecord: SourceView;
  dir: "ltr" | "rtl";
  langName: string;
}

export interface EventView extends Event {
  url: string;
  label: string;
  datetime: string;
  period: string;
  cites: CitationView[];
  languages: string[];
  related: RelatedLink[];
  /** The archive page listing this event. */
  archive: { url: string; label: string };
}

export interface SourceView extends Source {
  url: string;
  dir: "ltr" | "rtl";
  langName: string;
  publishedLabel: string;
  events: EventView[];
}

export interface PeriodGroup {
  key: string;
  label: string;
  url: string;
  events: EventView[];
}

export interface YearGroup {
  year: string;
  url: string;
  count: number;
  periods: PeriodGroup[];
}

export interface ArchivePage {
  key: string;
  label: string;
  url: string;
  year: string;
  pageNumber: number;
  pageCount: number;
  events: EventView[];
  previous?: { url: string; label: string };
  next?: { url: string; label: string };
}

/** A printable chronology: the whole timeline, or one year of it when it is long. */
export interface PrintPage {
  url: string;
  title: string;
  events: EventView[];
  /** On the index of a long timeline: the years, each with its own print page. */
  years?: { year: string; url: string; count: number }[];
}

export interface Timeline {
  site: SiteConfig;
  events: EventView[];
  years: YearGroup[];
  archivePages: ArchivePage[];
  sources: SourceView[];
  /** Newest `updated` timestamp among published events: the site's "last updated". */
  updated: string;
  /** Most recently added or corrected events first, for feeds. */
  recent: EventView[];
  /** True when every event fits on the front page. */
  fitsOnOnePage: boolean;
  printPages: PrintPage[];
  countries: Facet[];
  tags: Facet[];
}

export function buildTimeline(dataset: Dataset): Timeline {
  const { site } = dataset;
  const languageNames = new Intl.DisplayNames([site.lang], { type: "language" });
  const sources = new Map<string, SourceView>(
    dataset.sources.map((s) => [
      s.id,
      {
        ...s,
        url: `/sources/${s.id}/`,
        dir: textDirection(s.lang),
        langName: languageNames.of(s.lang) ?? s.lang,
        publishedLabel: s.published.date
          ? dateLabel({ start: s.published.date, precision: precisionOf(s.published.date) })
          : "Date unknown",
        events: [],
      },
    ]),
  );

  const published = dataset.events.filter((e) => e.status === "published").sort(byDate);
  const events: EventView[] = published.map((event) => {
    const cites = event.citations.map((c) => ({
      ...c,
      sourceRecord: sources.get(c.source)!,
      dir: textDirection(c.lang),
      langName: languageNames.of(c.lang) ?? c.lang,
    }));
    return {
      ...event,
      url: `/events/${event.id}/`,
      label: dateLabel(event.date),
      datetime: machineDate(event.date),
      period: periodKey(event),
      cites,
      languages: [...new Set(cites.map((c) => c.langName))],
      related: [],
      archive: { url: "", label: "" },
    };
  });
  for (const event of events) {
    for (const id of new Set(event.citations.map((c) => c.source))) sources.get(id)!.events.push(event);
  }
  relatedEvents(events);

  const years = groupByYear(events);
  for (const period of years.flatMap((y) => y.periods)) {
    for (const event of period.events) event.archive = { url: period.url, label: period.label };
  }
  const perPage = site.timeline.maxEventsPerPage;
  const archivePages = years.flatMap((y) => y.periods).flatMap((period) => {
    const pages = chunk(period.events, perPage);
    return pages.map((chunked, i) => ({
      key: period.key,
      label: period.label,
      year: period.key.slice(0, 4),
      url: i === 0 ? period.url : `${period.url}${i + 1}/`,
      pageNumber: i + 1,
      pageCount: pages.length,
      events: chunked,
    }));
  });
  archivePages.forEach((page: ArchivePage, i) => {
    const prev = archivePages[i - 1];
    const next = archivePages[i + 1];
    if (prev) page.previous = { url: prev.url, label: pageLabel(prev) };
    if (next) page.next = { url: next.url, label: pageLabel(next) };
  });

  const recent = [...events]
    .sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : Date.parse(b.updated) - Date.parse(a.updated)))
    .slice(0, site.feed.entries);

  const fitsOnOnePage = events.length <= perPage;
  const printPages: PrintPage[] = fitsOnOnePage
    ? [{ url: "/print/", title: "Printable chronology", events }]
    : [
        {
          url: "/print/",
          title: "Printable chronology",
          events: [],
          years: years.map((y) => ({ year: y.year, url: `/print/${y.year}/`, count: y.count })),
        },
        ...years.map((y) => ({ url: `/print/${y.year}/`, title: `Printable chronology, ${y.year}`, events: y.periods.flatMap((p) => p.events) })),
      ];

  return {
    site,
    events,
    years,
    archivePages,
    sources: [...sources.values()],
    updated: recent[0]?.updated ?? "1970-01-01T00:00:00Z",
    recent,
    fitsOnOnePage,
    printPages,
    countries: countryFacets(events, site.lang),
    tags: tagFacets(events, site.lang),
  };
}

function groupByYear(events: EventView[]): YearGroup[] {
  const years = new Map<string, YearGroup>();
  for (const event of events) {
    const year = event.period.slice(0, 4);
    let group = years.get(year);
    if (!group) years.set(year, (group = { year, url: `/${year}/`, count: 0, periods: [] }));
    let period = group.periods.at(-1);
    if (period?.key !== event.period) {
      const isYear = event.period.length === 4;
      period = {
        key: event.period,
        label: isYear ? `${year}, month unknown` : calendarDate(event.period).setLocale("en-GB").toLocaleString({ month: "long", year: "numeric" }),
        url: isYear ? `/${year}/undated/` : `/${event.period.replace("-", "/")}/`,
        events: [],
      };
      group.periods.push(period);
    }
    period.events.push(event);
    group.count++;
  }
  return [...years.values()];
}

function pageLabel(page: ArchivePage): string {
  return page.pageCount > 1 ? `${page.label} (page ${page.pageNumber} of ${page.pageCount})` : page.label;
}

function precisionOf(partial: string) {
  return partial.length === 4 ? "year" : partial.length === 7 ? "month" : "day";
}
