/**
 * A source as the site shows it. The view *contains* the curated record instead of
 * spreading it, so the site's own address for the source (`url`) can never shadow
 * the original document's address (`source.url`).
 */
import type { Source } from "../schema/index.ts";
import { dateLabel } from "./date-label.ts";
import type { UiStrings } from "./i18n/index.ts";
import { routes } from "./routes.ts";
import { textDirection } from "../core/text-direction.ts";
import type { EventView, Timeline } from "./timeline.ts";

export interface SourceView {
  timeline: Timeline;
  /** The record as curated in sources.json; `source.url` is the original document, if known. */
  source: Source;
  /** This source's page on the site. */
  url: string;
  /** Host name of the original ("www.xinhuanet.com"), to name the link to it. */
  originalHost?: string;
  /** An earlier timeline brought in with `datelines import`, not a report. */
  imported: boolean;
  dir: "ltr" | "rtl";
  langName: string;
  publishedLabel: string;
  events: EventView[];
}

export function sourceView(source: Source, timeline: Timeline, ui: UiStrings, languageNames: Intl.DisplayNames): SourceView {
  const { lang, prefix } = timeline;
  const published = source.published.date;
  return {
    timeline,
    source,
    url: routes.source(prefix, source.id),
    ...(source.url ? { originalHost: new URL(source.url).hostname } : {}),
    imported: source.kind === "timeline",
    dir: textDirection(source.lang),
    langName: languageNames.of(source.lang) ?? source.lang,
    publishedLabel: published ? dateLabel({ start: published, precision: precisionOf(published) }, lang) : ui.sources.dateUnknown,
    events: [],
  };
}

function precisionOf(partial: string) {
  return partial.length === 4 ? "year" : partial.length === 7 ? "month" : "day";
}
