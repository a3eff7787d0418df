/**
 * Years, months and bounded pages: how the chronological list of events is cut
 * into archive pages and printable documents for one language of the site.
 */
import { chunk } from "./chronology.ts";
import { periodLabel } from "./date-label.ts";
import { fill, type UiStrings } from "./i18n/index.ts";
import { routes } from "./routes.ts";
import type { EventView, Timeline } from "./timeline.ts";

export interface PeriodGroup {
  key: string;
  label: string;
  url: string;
  events: EventView[];
}

export interface YearGroup {
  timeline: Timeline;
  year: string;
  label: string;
  url: string;
  count: number;
  periods: PeriodGroup[];
}

export interface ArchivePage {
  timeline: Timeline;
  key: string;
  label: string;
  url: string;
  year: string;
  yearLabel: string;
  pageNumber: number;
  pageCount: number;
  events: EventView[];
  previous?: { url: string; label: string };
  next?: { url: string; label: string };
}

/** A printable chronology: the whole timeline, or one year of it when it is long. */
export interface PrintPage {
  timeline: Timeline;
  url: string;
  title: string;
  events: EventView[];
  /** On the index of a long timeline: the years, each with its own print page. */
  years?: { label: string; url: string; count: number }[];
}

export function groupByYear(timeline: Timeline, events: EventView[], lang: string, ui: UiStrings, prefix: string): YearGroup[] {
  const years = new Map<string, YearGroup>();
  for (const event of events) {
    const year = event.period.slice(0, 4);
    let group = years.get(year);
    if (!group) years.set(year, (group = { timeline, year, label: periodLabel(year, lang), url: routes.year(prefix, year), count: 0, periods: [] }));
    let period = group.periods.at(-1);
    if (period?.key !== event.period) {
      const isYear = event.period.length === 4;
      period = {
        key: event.period,
        label: isYear ? fill(ui.monthUnknown, { year: group.label }) : periodLabel(event.period, lang),
        url: routes.period(prefix, event.period),
        events: [],
      };
      group.periods.push(period);
    }
    period.events.push(event);
    group.count++;
  }
  return [...years.values()];
}

export function archivePages(timeline: Timeline, years: YearGroup[], perPage: number, ui: UiStrings): ArchivePage[] {
  const pages: ArchivePage[] = years.flatMap((y) =>
    y.periods.flatMap((period) => {
      const chunks = chunk(period.events, perPage);
      return chunks.map((events, i) => ({
        timeline,
        key: period.key,
        label: period.label,
        year: y.year,
        yearLabel: y.label,
        url: i === 0 ? period.url : `${period.url}${i + 1}/`,
        pageNumber: i + 1,
        pageCount: chunks.length,
        events,
      }));
    }),
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

export function printPages(timeline: Timeline, years: YearGroup[], events: EventView[], fitsOnOnePage: boolean, ui: UiStrings, prefix: string): PrintPage[] {
  if (fitsOnOnePage) return [{ timeline, url: routes.print(prefix), title: ui.print.title, events }];
  return [
    { timeline, url: routes.print(prefix), title: ui.print.title, events: [], years: years.map((y) => ({ label: y.label, url: routes.print(prefix, y.year), count: y.count })) },
    ...years.map((y) => ({
      timeline,
      url: routes.print(prefix, y.year),
      title: fill(ui.print.titleYear, { year: y.label }),
      events: y.periods.flatMap((p) => p.events),
    })),
  ];
}
