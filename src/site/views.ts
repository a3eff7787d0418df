/**
 * What the templates read: one view per thing the site shows, for one language.
 * A view *contains* its curated record (`entry.event`, `view.source`, `cite.citation`)
 * and adds what the page needs beside it (its URL, labels, the text in the page's
 * language); it never spreads the record and overrides its fields. Every view links to
 * its language's `timeline`, which the layout reads.
 *
 * Types only: the modules that build views import them from here, never from each other.
 */
import type { Citation, Event, MediaItem, MediaKind, PartialDate, SiteConfig, Source } from "../schema/index.ts";
import type { UiStrings } from "./i18n/index.ts";

export type Direction = "ltr" | "rtl";

/** One language of the site: its events, their groupings and pages. */
export interface Timeline {
  lang: string;
  /** The site's main language: that of untranslated headlines, source titles and notes. */
  mainLang: string;
  mainDir: Direction;
  dir: Direction;
  /** "" for the main language, "/zh" etc. for the others. */
  prefix: string;
  ui: UiStrings;
  /** The site settings, with title and description in this language. */
  site: SiteConfig;
  languages: LanguageLink[];
  events: EventView[];
  years: YearGroup[];
  sources: SourceView[];
  eras: EraView[];
  /** The groups of groups.json that published events belong to, in the file's order. */
  groups: Facet[];
  countries: Facet[];
  tags: Facet[];
  /** Tags and places named in this language (terms.ts). */
  terms: Terms;
  /** The site's "last updated" (see last-updated.ts). */
  updated: string;
  /** The feeds of this language: the whole timeline's first, then each country's, tag's, group's and source's (feeds.ts). */
  feeds: FeedView[];
  /** True when every event fits on the front page. */
  fitsOnOnePage: boolean;
  /** The whole timeline's downloads, cut by period past `maxEventsPerFile` (paging.ts `fileParts`). */
  fileParts: FilePart[];
  /** The time axis's marks, a year or month to a file (paging.ts `axisParts`). */
  axisParts: FilePart[];
  /** True when the whole timeline fits in one download file: /timelinejs.json, /events.csv and /events.ics hold every event. */
  fitsInOneFile: boolean;
  /** The years and months the front page lists: all, or the latest `maxEventsPerPage` events (paging.ts `frontPageYears`). */
  frontPage: YearGroup[];
  /** Every bounded page of this language, made by paging.ts. */
  archivePages: ArchivePage[];
  sourcePages: ListingPage<SourceView>[];
  countryPages: ListingPage<Facet>[];
  tagPages: ListingPage<Facet>[];
  groupPages: ListingPage<Facet>[];
  printPages: PrintPage[];
}

/** What a reader can follow: the whole timeline, or one country, tag, group or source of it. */
export type SliceKind = "site" | "country" | "tag" | "group" | "source";

/** The feeds (Atom, RSS, JSON Feed) and calendar of one slice in one language. */
export interface FeedView {
  timeline: Timeline;
  kind: SliceKind;
  /** The slice's name ("Italy"), plain text; the site's title for the whole timeline. */
  name: string;
  /** What the slice is, as headings say it ("Country: Italy"); the site's title for the whole timeline. */
  label: string;
  /** The feed's title, plain text: the slice's name, then the site's title (readers cut long titles at the end). */
  title: string;
  description: string;
  /** The page the feed follows, and the feed files beside it (routes.ts `feedFiles`). */
  page: string;
  atom: string;
  rss: string;
  json: string;
  calendar: string;
  /** Most recently added or corrected events first, at most `site.feed.entries`; their ids are the same in every feed. */
  entries: EventView[];
  /** Every event of the slice, in date order (the calendar lists those with a stated day). */
  events: EventView[];
  /** The newest `updated` of its events (the site's for the whole timeline). */
  updated: string;
}

export interface LanguageLink {
  lang: string;
  name: string;
  prefix: string;
}

/** An event as one language of the site shows it. */
export interface EventView {
  /** The curated record, as in _data/events/ (headline and summary in the main language). */
  event: Event;
  timeline: Timeline;
  /** This event's page. */
  url: string;
  label: string;
  /** The `datetime` attribute: the start, as precise as it is known. */
  datetime: string;
  /** "2020-03", or "2020" for events known only to the year. */
  period: string;
  /** Headline and summary (inline Markdown) shown: the translation, else the record's own. */
  headline: string;
  summary: string;
  /** `summary` as HTML, for pages and feed content. */
  summaryHtml: string;
  /** `summary` as plain text, for titles, descriptions, feed summaries and search. */
  summaryText: string;
  /** Language of the headline and summary shown; the site's main language when untranslated. */
  textLang: string;
  /** Name of `textLang` in the page's language, for the "untranslated" mark. */
  textLangName: string;
  translated: boolean;
  /** The event's group, named in this language (the main language's label when untranslated), with its page. */
  group?: Term & { id: string; url: string };
  /** The eras the event's start falls in. */
  eras: EraView[];
  /** The eras that begin with this event in the chronology (the previous event is not in them): marked in lists. */
  eraStarts: EraView[];
  cites: CitationView[];
  /** The event's media, first one leading (media/media-view.ts). */
  media: MediaView[];
  /** The first media item with a picture, for the timeline's thumbnail. */
  thumbnail?: MediaView;
  /** Names of the languages the event is reported in. */
  languages: string[];
  related: RelatedLink[];
  /** The archive page listing this event. */
  archive: { url: string; label: string };
}

export interface CitationView {
  /** The citation as curated: quote, its language, offsets, translation. */
  citation: Citation;
  /** The cited source as the site shows it (its page; the original is `sourceView.source.url`). */
  sourceView: SourceView;
  dir: Direction;
  langName: string;
}

/**
 * A media item as the site shows it: a picture (image, or a map drawn as one), a click-to-load
 * player for a known video or sound page, a native player for a video or audio file published
 * here, or a card linking to anything else (a document, a web page, a remote picture that could
 * not be downloaded). Alt text, title, caption and credit are in the site's main language.
 */
export interface MediaView {
  item: MediaItem;
  kind: MediaKind;
  display: "image" | "embed" | "player" | "card";
  /** The image itself (display "image"), else its thumbnail as a poster, if it has one. */
  picture?: PictureView;
  /** Where the item lives: its https address, or its copy on this site. */
  href: string;
  /** Host of an https address ("www.youtube.com"), to say where a link or player leads. */
  host?: string;
  /** The item's title, else its file name or host. */
  title: string;
  captionHtml: string;
  /** "Video", "Document" … in the page's language. */
  kindLabel: string;
  /** The provider's player, loaded only when the reader presses play (display "embed"). */
  embed?: { provider: string; player: string; audio: boolean; /** The player's host, which the facade names. */ host: string };
  /** A file this site publishes (a picture's largest fallback, or a local file as it is), for players, feeds and exports. */
  file?: { url: string; type: string; size: number; width?: number; height?: number };
}

/** A processed picture: eleventy-img's outputs (by format, narrowest first) and its text alternative. */
export interface PictureView {
  /** eleventy-img's metadata; templates draw it with the `picture` filter. */
  outputs: Record<string, { url: string; width: number; height: number; sourceType: string; srcset: string; size: number }[]>;
  /** "" for a decorative picture (or a poster inside a link that names its target). */
  alt: string;
  /** The widest fallback (PNG or JPEG), for a video's poster. */
  src: string;
  width: number;
  height: number;
}

/** A source as the site shows it; `source.url` is the original document, `url` its page here. */
export interface SourceView {
  timeline: Timeline;
  source: Source;
  url: string;
  /** Host name of the original ("www.xinhuanet.com"), to name the link to it. */
  originalHost?: string;
  /** An earlier timeline brought in with `datelines import`, not a report. */
  imported: boolean;
  dir: Direction;
  langName: string;
  publishedLabel: string;
  events: EventView[];
}

/** A nearby event that shares a country or a source, and why it is linked. */
export interface RelatedLink {
  entry: EventView;
  reason: string;
}

/** A named period from eras.json, labelled in the timeline's language. */
export interface EraView {
  id: string;
  label: string;
  /** Language and direction of `label`: the page's, or the main language's when untranslated. */
  lang: string;
  dir: Direction;
  start: PartialDate;
  end: PartialDate;
  /** "3 March – 13 April 2020" in the timeline's language. */
  dates: string;
}

/** The events of a month, or of a year for events known only to the year. */
export interface PeriodGroup {
  key: string;
  label: string;
  url: string;
  events: EventView[];
  /** When `events` are only the latest of the month (the front page's first month, paging.ts), how many it has. */
  total?: number;
}

/** One file of a download cut by period (paging.ts `fileParts`): a year, a month, or a numbered part of a month. */
export interface FilePart {
  timeline: Timeline;
  /** "2020", "2020-03", "2020-03-2" (a month's second part). */
  key: string;
  label: string;
  /** The year's or month's page the part's files sit beside, and the part's number there (routes.ts `partFiles`). */
  page: string;
  n: number;
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

/** A country, a tag or a group, with its events in chronological order. */
export interface Facet {
  timeline: Timeline;
  key: string;
  name: string;
  /** Language and direction of `name`: the page's, or the main language's for a tag without a label. */
  lang: string;
  dir: Direction;
  url: string;
  events: EventView[];
}

/** A tag or place as a page names it: in the page's language, or as written (and so marked). */
export interface Term {
  text: string;
  /** Language of `text`: the page's when translated, else the main language. */
  lang: string;
  dir: Direction;
}

/** Names of the tags (by slug) and places (as events list them) in one language. */
export interface Terms {
  tags: Record<string, Term>;
  places: Record<string, Term>;
}

/** Where a bounded page sits in its list (paging.ts). */
export interface PagePosition {
  url: string;
  pageNumber: number;
  pageCount: number;
  /** The number of this page's first event in the whole list (for `<ol start>`). */
  firstNumber: number;
}

/** One page of a month's (or an undated year's) events; previous and next run across months. */
export interface ArchivePage extends PagePosition {
  timeline: Timeline;
  key: string;
  label: string;
  year: string;
  yearLabel: string;
  events: EventView[];
  previous?: { url: string; label: string };
  next?: { url: string; label: string };
}

/** One page of a country, tag or source listing. */
export interface ListingPage<T> extends PagePosition {
  timeline: Timeline;
  item: T;
  events: EventView[];
  previous?: string;
  next?: string;
}

/** A compact page made for an iframe in another site's article (src/site/embed/embed-pages.ts). */
export interface EmbedPage {
  timeline: Timeline;
  url: string;
  /** The page it shows in a frame: the event's, or the front page. */
  canonical: string;
  /** The event an event's embed page opens at; none for the timeline's own embed. */
  entry?: EventView;
  /** In chronological order: the latest events, or the chosen one with its neighbours. */
  events: EventView[];
}

/**
 * A printable chronology: the whole timeline (one year of it when it is long), or a slice of
 * it (a country, tag, group or source; a year or month), split by year, then month, when it is long.
 */
export interface PrintPage {
  timeline: Timeline;
  url: string;
  /** "Printable chronology", "Printable chronology, 2020", "Italy" … */
  title: string;
  /** What part of the timeline this is ("Country: Italy"), for a slice; its page, to go back to. */
  slice?: { name: string; page: string };
  events: EventView[];
  /** On the index of a long chronology: its parts (years, or a long year's months), each printed on its own. */
  parts?: { label: string; url: string; count: number }[];
}
