/**
 * An event as one language of the site shows it. The view contains the curated record
 * (`event`) and beside it the headline and summary in the page's language (the
 * translation when an editor gave one), so the record's own fields are never replaced.
 */
import { textDirection } from "../core/text-direction.ts";
import type { Event } from "../schema/index.ts";
import { periodKey } from "./chronology.ts";
import { dateLabel, machineDate } from "./date-label.ts";
import { inlineHtml, inlinePlain } from "./inline-markup.ts";
import type { MediaLibrary } from "./media/media-library.ts";
import { mediaViews } from "./media/media-view.ts";
import { routes } from "./routes.ts";
import type { CitationView, EventView, SourceView, Term, Timeline } from "./views.ts";
import { intlLocale } from "../core/intl.ts";

export interface EventContext {
  sources: ReadonlyMap<string, SourceView>;
  /** Group labels in the timeline's language, by group id. */
  groups: ReadonlyMap<string, Term>;
  /** A language's name in the timeline's language, by tag. */
  languageName: (tag: string) => string;
  /** Processed pictures and published files (media/media-library.ts). */
  media: MediaLibrary;
}

export function eventView(event: Event, timeline: Timeline, { sources, groups, languageName, media: library }: EventContext): EventView {
  const { lang, mainLang, prefix } = timeline;
  const cites: CitationView[] = event.citations.map((citation) => ({
    citation,
    sourceView: sources.get(citation.source)!,
    dir: textDirection(citation.lang),
    langName: languageName(citation.lang),
  }));
  const translation = translationFor(event, lang);
  const summary = translation ? (translation.summary ?? "") : event.summary;
  const groupTerm = event.group === undefined ? undefined : groups.get(event.group);
  const textLang = translation ? lang : mainLang;
  const media = mediaViews(event.media, library, timeline.ui);
  const thumbnail = media.find((m) => m.picture);
  return {
    event,
    timeline,
    url: routes.event(prefix, event.id),
    label: dateLabel(event.date, lang),
    datetime: machineDate(event.date),
    period: periodKey(event),
    headline: translation?.headline ?? event.headline,
    summary,
    summaryHtml: inlineHtml(summary),
    summaryText: inlinePlain(summary),
    textLang,
    textLangName: languageName(textLang),
    translated: Boolean(translation) || lang === mainLang,
    ...(groupTerm === undefined ? {} : { group: { ...groupTerm, id: event.group!, url: routes.group(prefix, event.group!) } }),
    cites,
    media,
    ...(thumbnail ? { thumbnail } : {}),
    languages: [...new Set(cites.map((c) => c.langName))],
    related: [],
    eras: [],
    eraStarts: [],
    archive: { url: "", label: "" },
  };
}

/** The event's headline and summary in `lang` (zh-Hans also accepts zh), if an editor gave them. */
function translationFor(event: Event, lang: string): { headline: string; summary?: string } | undefined {
  const t = event.translations;
  return t?.[lang as keyof typeof t] ?? t?.[intlLocale(lang).language as keyof typeof t];
}
