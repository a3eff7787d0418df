/**
 * Checks of one event against the other data files: its sources and quotes, its group and
 * its local media. Runs on whatever parts of the event are well-formed, so a schema error in
 * one field never hides a wrong offset in another.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { Citation, MediaItem } from "../schema/index.ts";
import { checkCitation } from "./check-citation.ts";
import type { LoadedSources } from "./load-sources.ts";

export interface EventContext {
  data: string;
  rel: (path: string) => string;
  sources: LoadedSources;
  codePointsOf: (id: string, text: string) => readonly string[];
  groupIds: ReadonlySet<string>;
}

type At = (path: PropertyKey[], message: string) => void;

/** `raw` is the event as written (possibly invalid). Returns checks that finish later (file lookups). */
export function checkEventReferences(raw: Record<string, unknown>, at: At, context: EventContext): Promise<void>[] {
  checkGroup(raw.group, at, context);
  if (Array.isArray(raw.citations)) raw.citations.forEach((c, i) => checkCitationSource(c, i, at, context));
  return Array.isArray(raw.media) ? raw.media.flatMap((m, i) => checkLocalMedia(m, i, at, context)) : [];
}

function checkGroup(group: unknown, at: At, { groupIds, data, rel }: EventContext): void {
  if (typeof group !== "string" || groupIds.has(group)) return;
  const known = [...groupIds].join(", ");
  at(["group"], `unknown group "${group}": ${known ? `use one of ${known}, or ` : ""}add {"id": "${group}", "label": {…}} to ${rel(join(data, "groups.json"))}`);
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
  const text = sources.documents.get(source.id);
  if (text === undefined) return; // the missing or unreadable document is reported against sources.json
  const message = checkCitation(citation, text, codePointsOf(source.id, text));
  if (message) at(["citations", c, message.field], message.text);
}

function checkLocalMedia(raw: unknown, m: number, at: At, { data, rel }: EventContext): Promise<void>[] {
  const parsed = MediaItem.safeParse(raw);
  if (!parsed.success) return [];
  return (["src", "thumbnail"] as const).flatMap((field) => {
    const src = parsed.data[field];
    if (src === undefined || /^https:/i.test(src)) return [];
    const path = join(data, "media", src);
    return [access(path).catch(() => at(["media", m, field], `${rel(path)} does not exist: put the file in ${rel(join(data, "media"))}/ or fix the name`))];
  });
}
