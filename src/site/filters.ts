/** Nunjucks filters the templates use. Each is a thin call into a named module. */
import { relative } from "node:path";
import { packFor } from "../languages/packs.ts";
import { dayLabel } from "./date-label.ts";
import { fill, plural, stop } from "./i18n/index.ts";
import { fillIsolated } from "./isolate.ts";
import { exportIndex, exportPart } from "./exports/events-json.ts";
import { icalendar, icalendarPart } from "./exports/icalendar.ts";
import { sheetCsv } from "./exports/sheet-csv.ts";
import { timelineJsData, timelineJsPart } from "./exports/timelinejs.ts";
import { assetUrl, fullUrl, pageIn, partFiles, printOf, route, routes, type RouteName } from "./routes.ts";
import { axisIndex, axisPartJson } from "./charts/axis-data.ts";
import { densityChartSvg } from "./charts/density.ts";
import { locatorMapSvg } from "./map/locator-map.ts";
import { worldMapSvg } from "./map/world-map.ts";
import { numberNotes } from "./print-notes.ts";
import { pictureHtml, type PictureOptions, type PicturePlace } from "./media/picture-html.ts";
import { ogLocale } from "./share/og-locale.ts";
import { shareImageFor } from "./share/share-images.ts";
import type { EventView, Facet, FeedView, FilePart, LanguageLink, PictureView, SliceKind, Term, Timeline } from "./views.ts";
import { displayNames } from "../core/intl.ts";
import { eventPart } from "./event-parts.ts";
import type { TemplateRenderer } from "./templates.ts";

/** Where filters go: Eleventy's configuration, or a Nunjucks environment of the site's templates (templates.ts). */
export interface FilterTarget {
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown;
}

export default function filtersPlugin(eleventyConfig: FilterTarget): void {
  eleventyConfig.addFilter("countryName", (code: string, lang: string) => displayNames(lang, "region").of(code) ?? code);
  /** An instant shown as a calendar day in UTC: the same in every build. */
  eleventyConfig.addFilter("dayLabel", (iso: string, lang: string) => dayLabel(iso, lang));
  /** The language pack's methodology text, as a path Nunjucks includes (from the working directory, one of its search paths). */
  eleventyConfig.addFilter("methodology", (lang: string) => relative(process.cwd(), packFor(lang, "the methodology page").methodology));
  eleventyConfig.addFilter("fill", (template: string, values: Record<string, string | number>) => fill(template, values));
  /** The full stop after a date that ends a sentence: none after an abbreviation's ("2026 г."). */
  eleventyConfig.addFilter("stop", (text: string) => stop(text));
  /** A UI string with values set in as HTML, each value isolated (<bdi>), for running text: `{{ ui.x | fillIsolated({ host: h }) | safe }}`. */
  eleventyConfig.addFilter("fillIsolated", (template: string, values: Record<string, string | number | Term>) => fillIsolated(template, values));
  eleventyConfig.addFilter("plural", (forms: Record<string, string>, n: number, lang: string, values?: Record<string, string | number>) =>
    plural(forms, n, lang, values),
  );
  /** `{{ entry | eventPart("partials/feed-entry.njk", { full: true }) | safe }}`: a partial showing one event alike on every page (event-parts.ts). */
  eleventyConfig.addFilter("eventPart", function (this: { env: TemplateRenderer }, entry: EventView, template: string, variant?: Record<string, string | number | boolean>) {
    return eventPart(this.env, entry, template, variant);
  });
  eleventyConfig.addFilter("toDate", (iso: string) => new Date(iso));
  // RSS's date form, in UTC ("Thu, 23 Oct 2025 21:55:31 +0000"): the RSS plugin's dateToRfc822 makes an Intl formatter per call.
  eleventyConfig.addFilter("rfc822", (iso: string) => new Date(iso).toUTCString().replace(/GMT$/, "+0000"));
  const eventCount = (t: Timeline) => (n: number) => plural(t.ui.count.events, n, t.lang);
  eleventyConfig.addFilter("worldMap", (t: Timeline) =>
    worldMapSvg(t.countries.map((f) => ({ key: f.key, name: f.name, url: f.url, count: f.events.length })), t.ui.countries.mapLabel, eventCount(t)),
  );
  eleventyConfig.addFilter("densityChart", (t: Timeline) => densityChartSvg(t.years.flatMap((y) => y.periods), t.ui.home.chartLabel, eventCount(t), t.dir, t.eras));
  eleventyConfig.addFilter("axisIndexJson", (t: Timeline) => JSON.stringify(axisIndex(t)));
  eleventyConfig.addFilter("axisPartJson", (part: FilePart) => axisPartJson(part));
  eleventyConfig.addFilter("locatorMap", (facet: Facet) => locatorMapSvg(facet.key, fill(facet.timeline.ui.countries.onGlobe, { country: facet.name })) ?? "");
  /** A media picture for its place: `{{ m.picture | picture("page", { eager: true }) | safe }}`. */
  eleventyConfig.addFilter("picture", (picture: PictureView, place: PicturePlace, options?: PictureOptions) => pictureHtml(picture, place, options));
  eleventyConfig.addFilter("printNotes", (events: EventView[]) => numberNotes(events));
  eleventyConfig.addFilter("exportJson", (timeline: Timeline) => JSON.stringify(exportIndex(timeline), null, 2));
  eleventyConfig.addFilter("exportPartJson", (part: FilePart) => JSON.stringify(exportPart(part), null, 2));
  eleventyConfig.addFilter("timelineJsJson", (timeline: Timeline) => JSON.stringify(timelineJsData(timeline), null, 2));
  eleventyConfig.addFilter("sheetCsv", (timeline: Timeline) => sheetCsv(timelineJsData(timeline)));
  eleventyConfig.addFilter("icalendar", (feed: FeedView) => icalendar(feed));
  eleventyConfig.addFilter("timelineJsPartJson", (part: FilePart) => JSON.stringify(timelineJsPart(part), null, 2));
  eleventyConfig.addFilter("sheetCsvPart", (part: FilePart) => sheetCsv(timelineJsPart(part)));
  eleventyConfig.addFilter("icalendarPart", (part: FilePart) => icalendarPart(part));
  /** "Page {n} of {count}" as the value of a CSS `content` property, for printed page numbers in the page's language. */
  eleventyConfig.addFilter("pageCounter", (pattern: string) =>
    pattern
      .split(/(\{n\}|\{count\})/)
      .filter(Boolean)
      .map((part) => (part === "{n}" ? "counter(page)" : part === "{count}" ? "counter(pages)" : JSON.stringify(part)))
      .join(" "),
  );
  // URLs, all made by routes.ts: `{{ timeline | route("countries") }}`, `{{ code | countryUrl(timeline) }}`,
  // `{{ page.url | pageIn(timeline, language) }}`, `{{ path | fullUrl(timeline) }}`, `{{ "site.css" | assetUrl }}`.
  eleventyConfig.addFilter("route", (timeline: Timeline, name: RouteName, ...args: string[]) => route(name, timeline.prefix, ...args));
  eleventyConfig.addFilter("countryUrl", (code: string, timeline: Timeline) => routes.country(timeline.prefix, code));
  eleventyConfig.addFilter("tagUrl", (tag: string, timeline: Timeline) => routes.tag(timeline.prefix, tag));
  eleventyConfig.addFilter("pageIn", (url: string, timeline: Timeline, language: LanguageLink) => pageIn(url, timeline.prefix, language.prefix));
  /** The feeds of the slice whose page is `url` (a country, tag, group or source), if it has any. */
  eleventyConfig.addFilter("feedOf", (timeline: Timeline, url: string) => timeline.feeds.find((f) => f.page === url));
  eleventyConfig.addFilter("feedsOfKind", (timeline: Timeline, kind: SliceKind) => timeline.feeds.filter((f) => f.kind === kind));
  eleventyConfig.addFilter("printOf", (url: string, part?: string) => printOf(url, part));
  /** A file of a part of the downloads cut by period: `{{ part | partFile("eventsJson") }}` → /2020/events.json. */
  eleventyConfig.addFilter("partFile", (part: FilePart, kind: keyof ReturnType<typeof partFiles>) => partFiles(part.page, part.n)[kind]);
  eleventyConfig.addFilter("fullUrl", (path: string, timeline: Timeline) => fullUrl(timeline.site.url, path));
  eleventyConfig.addFilter("assetUrl", (file: string) => assetUrl(file));
  /** The image a page shares (its event's, else its language's front page's), or undefined when share images are off: `{% set img = timeline | shareImage(entry) %}`. */
  eleventyConfig.addFilter("shareImage", (timeline: Timeline, entry?: EventView) => shareImageFor(timeline, entry || undefined));
  /** "zh-Hans" → "zh_CN", for og:locale. */
  eleventyConfig.addFilter("ogLocale", (lang: string) => ogLocale(lang));
}
