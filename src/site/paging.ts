/**
 * Bounded pages: every list of events longer than the site's page size is cut here, and
 * only here — the front page (its latest events), month archives, country, tag, group and source listings, and the printable
 * chronologies (the whole timeline's an index of years once it no longer fits on one page;
 * a slice's an index of months once it outgrows a page).
 */
import { fill, type UiStrings } from "./i18n/index.ts";
import { periodKey } from "../core/partial-date.ts";
import { periodLabel } from "./date-label.ts";
import { pageUrl, printOf, routes } from "./routes.ts";
import type { ArchivePage, EventView, FilePart, ListingPage, PagePosition, PeriodGroup, PrintPage, Timeline, YearGroup } from "./views.ts";

/** Cuts `items` into pages of at most `perPage`, the first at `first`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], perPage: number, first: string): (PagePosition & { items: T[] })[] {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    url: pageUrl(first, i + 1),
    pageNumber: i + 1,
    pageCount,
    firstNumber: i * perPage + 1,
  }));
}

/** True when the whole timeline fits on its front page. */
export function fitsOnOnePage(eventCount: number, perPage: number): boolean {
  return eventCount <= perPage;
}

/**
 * The front page's events: all of them when they fit; else the latest `perPage`, still in date order and
 * grouped by year and month as everywhere else. A reader who opens a chronology long enough to outgrow its
 * front page (a tracker that keeps growing) comes for what happened lately; its beginning is one link away.
 * A month cut at the start keeps its whole count in `total`.
 */
export function frontPageYears(years: readonly YearGroup[], perPage: number): YearGroup[] {
  let room = perPage;
  const kept: YearGroup[] = [];
  for (let y = years.length - 1; y >= 0 && room > 0; y--) {
    const year = years[y]!;
    const periods: PeriodGroup[] = [];
    for (let p = year.periods.length - 1; p >= 0 && room > 0; p--) {
      const period = year.periods[p]!;
      const events = period.events.slice(Math.max(0, period.events.length - room));
      periods.unshift(events.length < period.events.length ? { ...period, events, total: period.events.length } : period);
      room -= events.length;
    }
    kept.unshift(periods.length < year.periods.length || periods[0]!.total ? { ...year, periods, count: periods.reduce((n, p) => n + p.events.length, 0) } : year);
  }
  return kept;
}

/**
 * A download cut by period, so that no file holds more than `perFile` events: a file per year; for a
 * longer year, a file per month (and per "month unknown"); for a longer month, numbered parts. Each
 * part's files sit beside its year's or month's page (routes.ts `partFiles`).
 */
export function fileParts(timeline: Timeline, years: readonly YearGroup[], perFile: number): FilePart[] {
  const whole = (key: string, label: string, page: string, events: EventView[]): FilePart[] =>
    paginate(events, perFile, page).map(({ items, pageNumber, pageCount }) => ({
      timeline,
      key: pageNumber === 1 ? key : `${key}-${pageNumber}`,
      label: pageCount > 1 ? `${label} (${fill(timeline.ui.archive.page, { n: pageNumber, count: pageCount })})` : label,
      page,
      n: pageNumber,
      events: items,
    }));
  return years.flatMap((y) =>
    y.count <= perFile ? whole(y.year, y.label, y.url, y.periods.flatMap((p) => p.events)) : y.periods.flatMap((p) => whole(p.key, p.label, p.url, p.events)),
  );
}

/**
 * The time axis's marks cut as the downloads are, but ten times as many to a file: a mark (its dates,
 * group, id and page, some 80 bytes) is about a tenth of an event in /events.json.
 */
export function axisParts(timeline: Timeline, years: readonly YearGroup[], perFile: number): FilePart[] {
  return fileParts(timeline, years, 10 * perFile);
}

/** Each month's (or undated year's) pages, linked previous/next across the whole timeline. */
export function archivePages(timeline: Timeline, years: readonly YearGroup[], perPage: number, ui: UiStrings): ArchivePage[] {
  const pages: ArchivePage[] = years.flatMap((y) =>
    y.periods.flatMap((period) =>
      paginate(period.events, perPage, period.url).map(({ items, ...position }) => ({
        timeline,
        key: period.key,
        label: period.label,
        year: y.year,
        yearLabel: y.label,
        ...position,
        events: items,
      })),
    ),
  );
  const labelOf = (p: ArchivePage) => (p.pageCount > 1 ? `${p.label} (${fill(ui.archive.page, { n: p.pageNumber, count: p.pageCount })})` : p.label);
  pages.forEach((page, i) => {
    const prev = pages[i - 1];
    const next = pages[i + 1];
    if (prev) page.previous = { url: prev.url, label: labelOf(prev) };
    if (next) page.next = { url: next.url, label: labelOf(next) };
  });
  return pages;
}

/** Each item's events in pages of at most `perPage`: /countries/cn/, /countries/cn/2/ … */
export function listingPages<T extends { timeline: Timeline; url: string; events: EventView[] }>(items: readonly T[], perPage: number): ListingPage<T>[] {
  return items.flatMap((item) => {
    const pages = paginate(item.events, perPage, item.url);
    return pages.map(({ items: events, ...position }, i) => ({
      timeline: item.timeline,
      item,
      ...position,
      events,
      ...(i > 0 ? { previous: pages[i - 1]!.url } : {}),
      ...(i < pages.length - 1 ? { next: pages[i + 1]!.url } : {}),
    }));
  });
}

/**
 * The printable chronology: one document, or past `perDocument` events an index of the years, each
 * printed by its year's own print view (`yearPrintPages`), so that no year is made into a document twice.
 * A print view is a document to print whole, so it is bounded like a download (`maxEventsPerFile`),
 * not like a page to scroll.
 */
export function printPages(timeline: Timeline, years: readonly YearGroup[], events: EventView[], perDocument: number): PrintPage[] {
  const url = routes.print(timeline.prefix);
  if (events.length <= perDocument) return [{ timeline, url, title: timeline.ui.print.title, events }];
  return [{ timeline, url, title: timeline.ui.print.title, events: [], parts: years.map((y) => ({ label: y.label, url: printOf(y.url), count: y.count })) }];
}

/**
 * A year's print view: one document, or, past `perDocument` events, an index of its months, each
 * printed by the month's own print view (which splits a long month into numbered parts).
 */
export function yearPrintPages(timeline: Timeline, year: YearGroup, perDocument: number): PrintPage[] {
  const slice = { name: year.label, page: year.url };
  if (year.count > perDocument) {
    const parts = year.periods.map((p) => ({ label: p.label, url: printOf(p.url), count: p.events.length }));
    return [{ timeline, slice, title: fill(timeline.ui.print.titleYear, { year: year.label }), url: printOf(year.url), events: [], parts }];
  }
  return slicePrintPages(timeline, slice, year.periods.flatMap((p) => p.events), perDocument);
}

/**
 * The print view of a slice whose page is `page`: one document, or, past `perDocument` events, an
 * index and a document per year (a long year a document per month, a long month numbered parts).
 */
export function slicePrintPages(timeline: Timeline, slice: { name: string; page: string }, events: readonly EventView[], perDocument: number): PrintPage[] {
  const base = { timeline, slice, title: slice.name };
  if (events.length <= perDocument) return [{ ...base, url: printOf(slice.page), events: [...events] }];
  const parts = [...groupBy(events, (e) => periodKey(e.event.date.start, "year"))].flatMap(([year, inYear]) =>
    inYear.length <= perDocument ? [{ key: year, label: periodLabel(year, timeline.lang), events: inYear }] : monthParts(timeline, inYear, perDocument),
  );
  return [
    { ...base, url: printOf(slice.page), events: [], parts: parts.map((p) => ({ label: p.label, url: printOf(slice.page, p.key), count: p.events.length })) },
    ...parts.map((p) => ({ ...base, title: `${slice.name}, ${p.label}`, url: printOf(slice.page, p.key), events: p.events })),
  ];
}

/** A long year's events a month at a time (those dated only by the year together), a month past `perDocument` in numbered parts. */
function monthParts(timeline: Timeline, events: readonly EventView[], perDocument: number): { key: string; label: string; events: EventView[] }[] {
  return [...groupBy(events, (e) => periodKey(e.event.date.start, e.event.date.precision))].flatMap(([key, list]) =>
    paginate(list, perDocument, key).map(({ items, pageNumber, pageCount }) => {
      const label = periodLabel(key, timeline.lang);
      return {
        key: pageNumber === 1 ? key : `${key}-${pageNumber}`,
        label: pageCount > 1 ? `${label} (${fill(timeline.ui.archive.page, { n: pageNumber, count: pageCount })})` : label,
        events: items,
      };
    }),
  );
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return groups;
}
