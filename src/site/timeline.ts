/**
 * The site's view of a validated dataset, once per site language: published events
 * in chronological order with labels, headlines and country names in that
 * language, grouped into years and months, cut into bounded pages, with each
 * event's citations, sources and related events resolved for all templates.
 * The shapes are in views.ts; each view links back to its language's `timeline`.
 */
import { displayNames } from "../core/intl.ts";
import { textDirection } from "../core/text-direction.ts";
import type { SiteConfig } from "../schema/index.ts";
import type { Dataset } from "../validate/index.ts";
import { groupByYear } from "./archives.ts";
import { byDate } from "./chronology.ts";
import { eventView } from "./event-view.ts";
import { placeInEras, eraViews } from "./eras.ts";
import { countryFacets, groupFacets, tagFacets } from "./facets.ts";
import { feedViews } from "./feeds.ts";
import { fill, uiStrings } from "./i18n/index.ts";
import { lastUpdated } from "./last-updated.ts";
import { NO_MEDIA, type MediaLibrary } from "./media/media-library.ts";
import { archivePages, axisParts, fileParts, fitsOnOnePage, frontPageYears, listingPages, printPages, slicePrintPages, yearPrintPages } from "./paging.ts";
import { relatedEvents } from "./related.ts";
import { sourceView } from "./source-view.ts";
import { groupTerms, termsIn } from "./terms.ts";
import type { EventView, LanguageLink, PrintPage, SourceView, Timeline } from "./views.ts";

export type { EventView, SourceView, Timeline } from "./views.ts";

/**
 * `media`: the build's processed pictures and files; without it, local media show as plain cards.
 * `only`: the languages (tags) to build, of the site's (default: all).
 */
export function buildTimelines(dataset: Dataset, media: MediaLibrary = NO_MEDIA, only?: readonly string[]): Timeline[] {
  const languages = dataset.site.languages ?? [{ lang: dataset.site.lang, prefix: "" }];
  const links = languages.map((l) => ({ lang: l.lang, prefix: l.prefix, name: uiStrings(l.lang).languageName }));
  return languages.filter((l) => !only || only.includes(l.lang)).map((language) => {
    const site = { ...dataset.site, lang: language.lang, title: language.title ?? dataset.site.title, description: language.description ?? dataset.site.description };
    return buildTimeline(dataset, site, language.prefix, links, media);
  });
}

export function buildTimeline(dataset: Dataset, site: SiteConfig, prefix = "", languages: LanguageLink[] = [], media: MediaLibrary = NO_MEDIA): Timeline {
  const lang = site.lang;
  const ui = uiStrings(lang);
  const mainLang = dataset.site.lang;
  const published = dataset.events.filter((e) => e.status === "published").sort(byDate);
  const perPage = site.timeline.maxEventsPerPage;
  // Every view points back to its timeline, so the timeline exists first and its lists are filled in below.
  const timeline: Timeline = {
    lang, mainLang, mainDir: textDirection(mainLang), dir: textDirection(lang), prefix, ui, site, languages,
    events: [], years: [], frontPage: [], fileParts: [], axisParts: [], sources: [], groups: [], countries: [], tags: [], feeds: [],
    terms: termsIn(published, dataset, lang, mainLang),
    eras: eraViews(dataset.eras ?? [], lang, mainLang),
    updated: lastUpdated(published, dataset.events, dataset.sources),
    fitsOnOnePage: fitsOnOnePage(published.length, perPage),
    fitsInOneFile: published.length <= site.timeline.maxEventsPerFile,
    archivePages: [], sourcePages: [], countryPages: [], tagPages: [], groupPages: [], printPages: [],
  };
  // Each language's name in the timeline's language, looked up once (every citation names its language).
  const names = new Map<string, string>();
  const languageNames = displayNames(lang, "language");
  const languageName = (tag: string) => names.get(tag) ?? names.set(tag, languageNames.of(tag) ?? tag).get(tag)!;
  const sources = new Map<string, SourceView>(dataset.sources.map((s) => [s.id, sourceView(s, timeline, languageName)]));
  const groupList = groupTerms(dataset.groups ?? [], lang, mainLang);
  const groups = new Map(groupList.map((g) => [g.id, g.term]));

  const events: EventView[] = published.map((event) => eventView(event, timeline, { sources, groups, languageName, media }));
  placeInEras(events, timeline.eras);
  for (const entry of events) {
    for (const id of new Set(entry.event.citations.map((c) => c.source))) sources.get(id)!.events.push(entry);
  }
  const countryNames = displayNames(lang, "region");
  relatedEvents(events, {
    country: (code) => fill(ui.event.alsoInvolves, { country: countryNames.of(code) ?? code }),
    source: () => ui.event.sameSource,
  });
  const years = groupByYear(timeline, events, ui);
  for (const period of years.flatMap((y) => y.periods)) {
    for (const entry of period.events) entry.archive = { url: period.url, label: period.label };
  }
  Object.assign(timeline, {
    events,
    years,
    frontPage: frontPageYears(years, perPage),
    fileParts: fileParts(timeline, years, site.timeline.maxEventsPerFile),
    axisParts: axisParts(timeline, years, site.timeline.maxEventsPerFile),
    sources: [...sources.values()],
    groups: groupFacets(timeline, events, groupList),
    countries: countryFacets(timeline, events),
    tags: tagFacets(timeline, events),
  });
  timeline.feeds = feedViews(timeline);
  return Object.assign(timeline, {
    archivePages: archivePages(timeline, years, perPage, ui),
    sourcePages: listingPages(timeline.sources, perPage),
    countryPages: listingPages(timeline.countries, perPage),
    tagPages: listingPages(timeline.tags, perPage),
    groupPages: listingPages(timeline.groups, perPage),
    printPages: [...printPages(timeline, years, events, site.timeline.maxEventsPerFile), ...slicePrints(timeline)],
  });
}

/** A print view for every slice a reader can browse: each country, tag, group and source (those with feeds), year and month. */
function slicePrints(timeline: Timeline): PrintPage[] {
  const perDocument = timeline.site.timeline.maxEventsPerFile;
  const print = (name: string, page: string, events: readonly EventView[]) => slicePrintPages(timeline, { name, page }, events, perDocument);
  return [
    ...timeline.feeds.filter((f) => f.kind !== "site").map((f) => print(f.label, f.page, f.events)),
    ...timeline.years.flatMap((y) => [...yearPrintPages(timeline, y, perDocument), ...y.periods.flatMap((p) => print(p.label, p.url, p.events))]),
  ].flat();
}
