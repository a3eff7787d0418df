/**
 * Checks of one event against the other data files: its sources and quotes, its group and
 * its local media. Runs on whatever parts of the event are well-formed, so a schema error in
 * one field never hides a wrong offset in another.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { CodePoints } from "../core/code-points.ts";
import { Citation, MediaItem, mediaKind } from "../schema/index.ts";
import { gregorianYears } from "./check-calendar.ts";
import { checkCitation } from "./check-citation.ts";
import type { LoadedSources } from "./load-sources.ts";

export interface EventContext {
  data: string;
  rel: (path: string) => string;
  sources: LoadedSources;
  codePointsOf: (id: string, text: string) => CodePoints;
  groupIds: ReadonlySet<string>;
  /** Languages the site publishes besides its main one: the only translations it can show (undefined: site.json is invalid). */
  translationLangs: ReadonlySet<string> | undefined;
  /** Latest instant an `added`/`updated` may name (now, plus a day for clock and zone slack). */
  latest: number;
}

type At = (path: PropertyKey[], message: string) => void;

/**
 * `raw` is the event as written (possibly invalid). Returns checks that finish later (file lookups).
 * `warn` takes what is worth fixing but does not stop a build (an oversized original).
 */
export function checkEventReferences(raw: Record<string, unknown>, at: At, context: EventContext, warn: At = () => {}): Promise<void>[] {
  checkGroup(raw.group, at, context);
  checkTranslations(raw.translations, at, context);
  checkTimestamps(raw, at, context);
  if (Array.isArray(raw.citations)) raw.citations.forEach((c, i) => checkCitationSource(c, i, at, context));
  return Array.isArray(raw.media) ? raw.media.flatMap((m, i) => checkLocalMedia(m, i, at, warn, context)) : [];
}

function checkGroup(group: unknown, at: At, { groupIds, data, rel }: EventContext): void {
  if (typeof group !== "string" || groupIds.has(group)) return;
  const known = [...groupIds].join(", ");
  at(["group"], `unknown group "${group}": ${known ? `use one of ${known}, or ` : ""}add {"id": "${group}", "label": {…}} to ${rel(join(data, "groups.json"))}`);
}

function checkTranslations(translations: unknown, at: At, { translationLangs }: EventContext): void {
  if (translations === null || typeof translations !== "object") return;
  for (const [lang, translation] of Object.entries(translations)) {
    checkCalendar(translation, lang, at);
    if (!translationLangs || translationLangs.has(lang)) continue;
    const published = [...translationLangs].join(", ");
    at(["translations", lang], `the site does not publish "${lang}" (${published ? `it publishes ${published}` : "it has one language"}): fix the tag, or add the language to "languages" in site.json`);
  }
}

/** A translation counts years as its language does ("มีนาคม 2563" in Thai), like the date label beside it. */
function checkCalendar(translation: unknown, lang: string, at: At): void {
  if (translation === null || typeof translation !== "object") return;
  for (const field of ["headline", "summary"] as const) {
    const text = (translation as Record<string, unknown>)[field];
    if (typeof text !== "string") continue;
    for (const slip of gregorianYears(text, lang)) {
      at(["translations", lang, field], `"${slip.found}" gives the Gregorian year, but dates in "${lang}" count years in its own calendar, as the site's date labels do: write "${slip.fix}" (to mean the Gregorian year, name its era before it)`);
    }
  }
}

function checkTimestamps(raw: Record<string, unknown>, at: At, { latest }: EventContext): void {
  for (const field of ["added", "updated"] as const) {
    const value = raw[field];
    if (typeof value !== "string" || !(Date.parse(value) > latest)) continue;
    at([field], `${value} is in the future: an event dated ahead would sit at the top of every feed; use the time it was ${field}`);
  }
}

function checkCitationSource(raw: unknown, c: number, at: At, { sources, codePointsOf }: EventContext): void {
  const parsed = Citation.safeParse(raw);
  if (!parsed.success) return; // its schema problems are reported already
  const citation = parsed.data;
  const source = sources.sources.get(citation.source);
  if (!source) {
    // A source that exists but is itself invalid, or an unreadable manifest, is reported once, there.
    if (!sources.readable || sources.named.has(citation.source)) return;
    const known = [...sources.named].join(", ") || `none: check ${sources.file}`;
    at(["citations", c, "source"], `unknown source "${citation.source}" (known: ${known})`);
    return;
  }
  if (citation.lang !== source.lang) {
    at(["citations", c, "lang"], `is "${citation.lang}" but source "${source.id}" is in "${source.lang}": a quote is in its document's language; set "${source.lang}" (or fix the source's lang)`);
  }
  const text = sources.documents.get(source.id);
  if (text === undefined) return; // the missing or unreadable document is reported against sources.json
  const message = checkCitation(citation, text, codePointsOf(source.id, text));
  if (message) at(["citations", c, message.field], message.text);
}

/** Originals larger than this are published (images are resized) but make the repository and builds heavy. */
export const MEDIA_SIZE_WARNING = { image: 5_000_000, other: 50_000_000 };

function checkLocalMedia(raw: unknown, m: number, at: At, warn: At, { data, rel }: EventContext): Promise<void>[] {
  const parsed = MediaItem.safeParse(raw);
  if (!parsed.success) return [];
  return (["src", "thumbnail"] as const).flatMap((field) => {
    const src = parsed.data[field];
    if (src === undefined || /^https:/i.test(src)) return [];
    const path = join(data, "media", src);
    const image = field === "thumbnail" || mediaKind(parsed.data) === "image" || mediaKind(parsed.data) === "map";
    const limit = image ? MEDIA_SIZE_WARNING.image : MEDIA_SIZE_WARNING.other;
    return [
      stat(path).then(
        ({ size }) => {
          if (size <= limit) return;
          const fix = image ? "export it at most 2,400 pixels wide (the site serves up to 1,280) as JPEG or WebP" : "compress it or link to it at its publisher's https address";
          warn(["media", m, field], `${rel(path)} is ${megabytes(size)}, more than ${megabytes(limit)}: ${fix}, to keep the repository and builds light`);
        },
        () => at(["media", m, field], `${rel(path)} does not exist: put the file in ${rel(join(data, "media"))}/ or fix the name`),
      ),
    ];
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
