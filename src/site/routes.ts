/**
 * Where each thing lives on the site: the one place a URL is made. The views ask here
 * for their `url`; templates ask through the filters in filters.ts (`route`, `countryUrl`,
 * `tagUrl`, `pageIn`, `fullUrl`, `assetUrl`). `prefix` is a language's path prefix
 * ("" for the main language, "/zh" …).
 */
import { precisionOf } from "../core/partial-date.ts";

export const routes = {
  home: (prefix: string) => `${prefix}/`,
  event: (prefix: string, id: string) => `${prefix}/events/${id}/`,
  sources: (prefix: string) => `${prefix}/sources/`,
  source: (prefix: string, id: string) => `${prefix}/sources/${id}/`,
  countries: (prefix: string) => `${prefix}/countries/`,
  country: (prefix: string, code: string) => `${prefix}/countries/${code.toLowerCase()}/`,
  tags: (prefix: string) => `${prefix}/tags/`,
  tag: (prefix: string, tag: string) => `${prefix}/tags/${tag}/`,
  groups: (prefix: string) => `${prefix}/groups/`,
  group: (prefix: string, id: string) => `${prefix}/groups/${id}/`,
  year: (prefix: string, year: string) => `${prefix}/${year}/`,
  /** "2020-03" → /2020/03/; a year alone → /2020/undated/ (events known only to the year). */
  period: (prefix: string, key: string) => (precisionOf(key) === "year" ? `${prefix}/${key}/undated/` : `${prefix}/${key.replace("-", "/")}/`),
  /** The whole chronology; a long one is an index of its years' print views (`printOf` a year's page). */
  print: (prefix: string) => `${prefix}/print/`,
  /** The chronology `datelines pdf` prints for a slice it was asked for (print-slice.ts); built only for the PDF. */
  printSlice: (prefix: string) => `${prefix}/print/slice/`,
  methodology: (prefix: string) => `${prefix}/methodology/`,
  search: (prefix: string) => `${prefix}/search/`,
  /**
   * The search index, cut into small files (search/search-files.ts): what the search page loads
   * first, and the n-th file of words and of event records. The manifest holds the last two with
   * "{n}" for the number, which the page's script fills in.
   */
  searchManifest: (prefix: string) => `${prefix}/search/manifest.json`,
  searchWords: (prefix: string, n: string) => `${prefix}/search/words/${n}.json`,
  searchDocs: (prefix: string, n: string) => `${prefix}/search/docs/${n}.json`,
  /** The time axis's marks when the events do not fit on the front page (assets/axis.js). */
  axisData: (prefix: string) => `${prefix}/axis.json`,
  notFound: (prefix: string) => `${prefix}/404.html`,
  /** The whole timeline's feeds and calendar, per language: beside its front page, as a slice's are beside its page (`feedFiles`). */
  atom: (prefix: string) => feedFiles(`${prefix}/`).atom,
  rss: (prefix: string) => feedFiles(`${prefix}/`).rss,
  jsonFeed: (prefix: string) => feedFiles(`${prefix}/`).json,
  calendar: (prefix: string) => feedFiles(`${prefix}/`).calendar,
  /** Every feed of a language, for feed readers to import at once, and the page that explains them. */
  opml: (prefix: string) => `${prefix}/feeds.opml`,
  subscribe: (prefix: string) => `${prefix}/subscribe/`,
  /** The data exports, per language (/events.json is the whole site's, in the main language: an index of its parts, `partFile`). */
  timelineJs: (prefix: string) => `${prefix}/timelinejs.json`,
  sheetCsv: (prefix: string) => `${prefix}/events.csv`,
  eventsJson: (_prefix?: string) => "/events.json",
  /** The compact view made for an iframe in another site's article (src/site/embed/), one event's, the page with the code to copy, and their oEmbed JSON. */
  embed: (prefix: string) => `${prefix}/embed/`,
  embedEvent: (prefix: string, id: string) => `${prefix}/embed/events/${id}/`,
  embedCode: (prefix: string) => `${prefix}/embed/code/`,
  oembed: (prefix: string) => `${prefix}/oembed.json`,
  eventOembed: (prefix: string, id: string) => `${prefix}/events/${id}/oembed.json`,
  /** Share images (share/share-images.ts writes them): a language's front page's, and an event's. */
  shareImage: (prefix: string) => `${prefix}/share.png`,
  eventShareImage: (prefix: string, id: string) => `${prefix}/events/${id}/share.png`,
  /** One icon for every language (favicon.ts writes it). */
  favicon: (_prefix?: string) => "/favicon.svg",
} as const;

export type RouteName = keyof typeof routes;

/** The URL of a named route in a language: route("countries", "/zh") → /zh/countries/. */
export function route(name: RouteName, prefix: string, ...args: string[]): string {
  const make = routes[name] as ((prefix: string, ...args: string[]) => string) | undefined;
  if (!make) throw new Error(`No route named "${name}"; routes are: ${Object.keys(routes).join(", ")}`);
  return make(prefix, ...args);
}

/** The feeds and calendar of a page that can be followed: /countries/it/ → /countries/it/feed.xml … */
export function feedFiles(page: string): { atom: string; rss: string; json: string; calendar: string } {
  return { atom: `${page}feed.xml`, rss: `${page}rss.xml`, json: `${page}feed.json`, calendar: `${page}events.ics` };
}

/** The print view of a page's events: /countries/it/ → /countries/it/print/; a part of a long one → /countries/it/print/2020-03/. */
export function printOf(page: string, part?: string): string {
  return part ? `${page}print/${part}/` : `${page}print/`;
}

/** The files of one part of the downloads cut by period (paging.ts `fileParts`), beside its year's or month's page: ("/2020/") → /2020/events.json …; part 2 of a month → /2020/03/events-2.json … */
export function partFiles(page: string, n = 1): Record<"eventsJson" | "timelineJs" | "sheetCsv" | "calendar" | "axisData", string> {
  const file = (name: string) => (n === 1 ? `${page}${name}` : `${page}${name.replace(".", `-${n}.`)}`);
  return { eventsJson: file("events.json"), timelineJs: file("timelinejs.json"), sheetCsv: file("events.csv"), calendar: file("events.ics"), axisData: file("axis.json") };
}

/** Page `n` of a list whose first page is at `first`: /2020/03/, /2020/03/2/ … */
export function pageUrl(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}

/** The same page in another language: ("/zh/events/x/", "/zh", "/ar") → /ar/events/x/. */
export function pageIn(url: string, fromPrefix: string, toPrefix: string): string {
  return toPrefix + url.slice(fromPrefix.length);
}

/** An element of a page: ("/embed/events/x/", "x") → /embed/events/x/#x. */
export function fragment(url: string, id: string): string {
  return `${url}#${id}`;
}

/** A site path as an absolute URL, for feeds, canonical links and exports. */
export function fullUrl(siteUrl: string, path: string): string {
  return siteUrl + path;
}

/** A style sheet or script the site ships (src/site/pages/assets/). */
export function assetUrl(file: string): string {
  return `/assets/${file}`;
}
