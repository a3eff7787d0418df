/** /events.json: the published dataset for reuse, with absolute URLs. */
import type { Timeline } from "../timeline.ts";

export function exportData({ site, events, sources, updated }: Timeline) {
  return {
    title: site.title,
    home: `${site.url}/`,
    updated: events.length ? updated : null,
    events: events.map((e) => ({
      id: e.id,
      url: `${site.url}${e.url}`,
      headline: e.headline,
      /** Plain text; `summaryMarkdown` keeps the inline Markdown as written. */
      summary: e.summaryText,
      summaryMarkdown: e.summary,
      date: e.date,
      label: e.label,
      countries: e.countries,
      places: e.places ?? [],
      tags: e.tags,
      group: e.group ?? null,
      media: e.media ?? [],
      citations: e.citations.map(({ source, quote, lang, start, end, translation }) => ({ source, quote, lang, start, end, translation })),
      corrections: e.corrections ?? [],
      added: e.added,
      updated: e.updated,
    })),
    sources: sources.map(({ source, url }) => ({
      id: source.id,
      /** The source's page on this site. */
      url: `${site.url}${url}`,
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
