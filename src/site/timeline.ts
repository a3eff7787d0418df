/**
 * The site's view of a validated dataset, once per site language: published events
 * in chronological order with labels, headlines and country names in that
 * language, grouped into years and months, cut into bounded archive pages, with
 * each event's citations, sources and related events resolved for all templates.
 * Every view object links back to its language's `timeline`, which layouts read.
 */
import type { Citation, Event, PartialDate, SiteConfig } from "../schema/index.ts";
import type { Dataset } from "../validate/index.ts";
import { archivePages, groupByYear, printPages, type ArchivePage, type PrintPage, type YearGroup } from "./archives.ts";
import { byDate, periodKey } from "./chronology.ts";
import { dateLabel, machineDate } from "./date-label.ts";
import { countryFacets, tagFacets, type Facet } from "./facets.ts";
import { fill, uiStrings, type UiStrings } from "./i18n/index.ts";
import { inlineHtml, inlinePlain } from "./inline-markup.ts";
import { labelIn } from "./labels.ts";
import { lastUpdated } from "./last-updated.ts";
import { relatedEvents, type RelatedLink } from "./related.ts";
import { routes } from "./routes.ts";
import { sourceView, type SourceView } from "./source-view.ts";
import { textDirection } from "../core/text-direction.ts";

export type { ArchivePage, PeriodGroup, PrintPage, YearGroup } from "./archives.ts";
export type { SourceView } from "./source-view.ts";

export interface CitationView extends Citation {
  /** The cited source as the site shows it (its page, and the original in `sourceView.source.url`). */
  sourceView: SourceView;
  dir: "ltr" | "rtl";
  langName: string;
}

export interface EventView extends Event {
  timeline: Timeline;
  url: string;
  label: string;
  datetime: string;
  period: string;
  /** Language of the headline and summary shown; the site's main language when untranslated. */
  textLang: string;
  /** Name of `textLang` in the page's language, for the "untranslated" mark. */
  textLangName: string;
  translated: boolean;
  /** `summary` (inline Markdown) as HTML, for pages and feed content. */
  summaryHtml: string;
  /** `summary` as plain text, for titles, descriptions, feed summaries and search. */
  summaryText: string;
  /** The group's label in this language, if the event belongs to one. */
  groupLabel?: string;
  original: { headline: string; summary: string };
  cites: CitationView[];
  languages: string[];
  related: RelatedLink[];
  /** The archive page listing this event. */
  archive: { url: string; label: string };
}

/** A named period from eras.json, labelled in the timeline's language. */
export interface EraView {
  id: string;
  label: string;
  start: PartialDate;
  end: PartialDate;
}

export interface LanguageLink {
  lang: string;
  name: string;
  prefix: string;
}

export interface Timeline {
  /** Itself, so that a layout can read `timeline` from any page's item. */
  timeline: Timeline;
  lang: string;
  /** The site's main language: that of untranslated headlines, source titles and notes. */
  mainLang: string;
  mainDir: "ltr" | "rtl";
  dir: "ltr" | "rtl";
  /** "" for the main language, "/zh" etc. for the others. */
  prefix: string;
  ui: UiStrings;
  /** The site settings, with title and description in this language. */
  site: SiteConfig;
  languages: LanguageLink[];
  events: EventView[];
  years: YearGroup[];
  archivePages: ArchivePage[];
  sources: SourceView[];
  eras: EraView[];
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

export function buildTimelines(dataset: Dataset): Timeline[] {
  const languages = dataset.site.languages ?? [{ lang: dataset.site.lang, prefix: "" }];
  const links = languages.map((l) => ({ lang: l.lang, prefix: l.prefix, name: uiStrings(l.lang).languageName }));
  return languages.map((language) => {
    const site = { ...dataset.site, lang: language.lang, title: language.title ?? dataset.site.title, description: language.description ?? dataset.site.description };
    return buildTimeline(dataset, site, language.prefix, links);
  });
}

export function buildTimeline(dataset: Dataset, site: SiteConfig, prefix = "", languages: LanguageLink[] = []): Timeline {
  const lang = site.lang;
  const ui = uiStrings(lang);
  // Built in two steps because every view object points back to its timeline.
  const mainLang = dataset.site.lang;
  const timeline = { lang, mainLang, mainDir: textDirection(mainLang), prefix, ui, site, languages, dir: textDirection(lang) } as unknown as Timeline;
  timeline.timeline = timeline;
  const languageNames = new Intl.DisplayNames([lang], { type: "language" });
  const sources = new Map<string, SourceView>(dataset.sources.map((s) => [s.id, sourceView(s, timeline, ui, languageNames)]));
  const groups = new Map((dataset.groups ?? []).map((g) => [g.id, labelIn(g.label, lang, mainLang)]));

  const published = dataset.events.filter((e) => e.status === "published").sort(byDate);
  const events: EventView[] = published.map((event) => {
    const cites = event.citations.map((c) => ({ ...c, sourceView: sources.get(c.source)!, dir: textDirection(c.lang), langName: languageNames.of(c.lang) ?? c.lang }));
    const translation = translationFor(event, lang);
    const summary = translation ? (translation.summary ?? "") : event.summary;
    const groupLabel = event.group === undefined ? undefined : groups.get(event.group);
    return {
      ...event,
      timeline,
      headline: translation?.headline ?? event.headline,
      summary,
      summaryHtml: inlineHtml(summary),
      summaryText: inlinePlain(summary),
      ...(groupLabel === undefined ? {} : { groupLabel }),
      original: { headline: event.headline, summary: event.summary },
      textLang: translation ? lang : mainLang,
      textLangName: languageNames.of(translation ? lang : mainLang) ?? mainLang,
      translated: Boolean(translation) || lang === mainLang,
      url: routes.event(prefix, event.id),
      label: dateLabel(event.date, lang),
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
  const countryNames = new Intl.DisplayNames([lang], { type: "region" });
  relatedEvents(events, {
    country: (code) => fill(ui.event.alsoInvolves, { country: countryNames.of(code) ?? code }),
    source: () => ui.event.sameSource,
  });

  const years = groupByYear(timeline, events, lang, ui, prefix);
  for (const period of years.flatMap((y) => y.periods)) {
    for (const event of period.events) event.archive = { url: period.url, label: period.label };
  }
  const perPage = site.timeline.maxEventsPerPage;
  const recent = [...events]
    .sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : Date.parse(b.updated) - Date.parse(a.updated)))
    .slice(0, site.feed.entries);
  const fitsOnOnePage = events.length <= perPage;

  return Object.assign(timeline, {
    events,
    years,
    archivePages: archivePages(timeline, years, perPage, ui),
    sources: [...sources.values()],
    eras: (dataset.eras ?? []).map((era) => ({ id: era.id, label: labelIn(era.label, lang, mainLang), start: era.start, end: era.end })),
    updated: lastUpdated(published, dataset.events, dataset.sources),
    recent,
    fitsOnOnePage,
    printPages: printPages(timeline, years, events, fitsOnOnePage, ui, prefix),
    countries: countryFacets(timeline, events, lang, prefix),
    tags: tagFacets(timeline, events, lang, prefix),
  });
}

/** The event's headline and summary in `lang` (zh-Hans also accepts zh), if an editor gave them. */
function translationFor(event: Event, lang: string): { headline: string; summary?: string } | undefined {
  const t = event.translations;
  return t?.[lang as keyof typeof t] ?? t?.[new Intl.Locale(lang).language as keyof typeof t];
}
