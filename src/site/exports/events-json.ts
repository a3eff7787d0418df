/** /events.json: the published dataset for reuse, with absolute URLs. */
import { fullUrl, routes } from "../routes.ts";
import type { Timeline } from "../views.ts";

export function exportData({ site, prefix, events, sources, updated }: Timeline) {
  return {
    title: site.title,
    home: fullUrl(site.url, routes.home(prefix)),
    updated: events.length ? updated : null,
    events: events.map(({ event: e, url, headline, summary, summaryText, label, media }) => ({
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
