/**
 * /events.json: the published dataset for reuse, with absolute URLs. It is an index — the sources, and
 * the list of parts — and the events are in a file per year, month or part of a month (paging.ts
 * `fileParts`) beside that period's page, so that no file grows past `timeline.maxEventsPerFile` events.
 */
import { fullUrl, partFiles, routes } from "../routes.ts";
import type { EventView, FilePart, Timeline } from "../views.ts";

export function exportIndex({ site, prefix, events, sources, updated, fileParts }: Timeline) {
  return {
    title: site.title,
    home: fullUrl(site.url, routes.home(prefix)),
    updated: events.length ? updated : null,
    eventCount: events.length,
    /** The events, a period at a time, in date order: each part's `url` holds `count` events. */
    parts: fileParts.map((part) => ({
      period: part.key,
      label: part.label,
      url: fullUrl(site.url, partFiles(part.page, part.n).eventsJson),
      count: part.events.length,
    })),
    sources: sources.map(({ source, url }) => ({
      id: source.id,
      /** The source's page on this site. */
      url: fullUrl(site.url, url),
      kind: source.kind ?? "document",
      file: source.file,
      title: source.title,
      publisher: source.publisher ?? null,
      author: source.author ?? null,
      lang: source.lang,
      published: source.published.date ?? null,
      publishedBasis: source.published.basis,
      /** The original document's address, as given in sources.json. */
      sourceUrl: source.url ?? null,
    })),
  };
}

/** One part of /events.json: its period, the index it belongs to, and its events (citing sources listed in the index). */
export function exportPart(part: FilePart) {
  const { site, prefix } = part.timeline;
  return {
    period: part.key,
    label: part.label,
    index: fullUrl(site.url, routes.eventsJson(prefix)),
    events: part.events.map((entry) => exportEvent(entry)),
  };
}

export function exportEvent({ event: e, url, headline, summary, summaryText, label, media, timeline }: EventView) {
  const { site } = timeline;
  return {
    id: e.id,
    url: fullUrl(site.url, url),
    headline,
    /** Plain text; `summaryMarkdown` keeps the inline Markdown as written. */
    summary: summaryText,
    summaryMarkdown: summary,
    date: e.date,
    label,
    countries: e.countries,
    places: e.places ?? [],
    tags: e.tags,
    group: e.group ?? null,
    /** As written, with the kind shown and, where there is one, the absolute `url` to use (a picture's largest PNG or JPEG here, a file published here, or the https address). */
    media: media.map(({ item, kind, href, file }) => ({
      ...item,
      kind,
      ...(href ? { url: /^https:/i.test(href) ? href : fullUrl(site.url, href) } : {}),
      ...(file?.width ? { width: file.width, height: file.height } : {}),
    })),
    citations: e.citations.map(({ source, quote, lang, start, end, translation }) => ({ source, quote, lang, start, end, translation })),
    corrections: e.corrections ?? [],
    added: e.added,
    updated: e.updated,
  };
}
