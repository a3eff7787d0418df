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
      summary: e.summary,
      date: e.date,
      label: e.label,
      countries: e.countries,
      places: e.places ?? [],
      tags: e.tags,
      citations: e.citations.map(({ source, quote, lang, start, end, translation }) => ({ source, quote, lang, start, end, translation })),
      corrections: e.corrections ?? [],
      added: e.added,
      updated: e.updated,
    })),
    sources: sources.map((s) => ({
      id: s.id,
      url: `${site.url}${s.url}`,
      file: s.file,
      title: s.title,
      publisher: s.publisher ?? null,
      author: s.author ?? null,
      lang: s.lang,
      published: s.published.date ?? null,
      publishedBasis: s.published.basis,
      sourceUrl: s.url ?? null,
    })),
  };
}

