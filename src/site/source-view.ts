/**
 * A source as the site shows it. The view *contains* the curated record instead of
 * spreading it, so the site's own address for the source (`url`) can never shadow
 * the original document's address (`source.url`).
 */
import { precisionOf } from "../core/partial-date.ts";
import { textDirection } from "../core/text-direction.ts";
import type { Source } from "../schema/index.ts";
import { dateLabel } from "./date-label.ts";
import { routes } from "./routes.ts";
import type { SourceView, Timeline } from "./views.ts";

export function sourceView(source: Source, timeline: Timeline, languageName: (tag: string) => string): SourceView {
  const { lang, prefix, ui } = timeline;
  const published = source.published.date;
  return {
    timeline,
    source,
    url: routes.source(prefix, source.id),
    ...(source.url ? { originalHost: new URL(source.url).hostname } : {}),
    imported: source.kind === "timeline",
    dir: textDirection(source.lang),
    langName: languageName(source.lang),
    publishedLabel: published ? dateLabel({ start: published, precision: precisionOf(published)! }, lang) : ui.sources.dateUnknown,
    events: [],
  };
}
