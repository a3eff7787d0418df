/**
 * Loads and validates the whole dataset: the source manifest, the documents and
 * every events file. Returns every problem at once, never just the first.
 */
import { readFileSync } from "node:fs";
import { access, readdir, readFile } from "node:fs/promises";
import { findNodeAtLocation } from "jsonc-parser";
import { z } from "zod";
import { join, relative } from "node:path";
import { CodePoints } from "../core/code-points.ts";
import { ErasFile, Event, GroupsFile, PlacesFile, SiteConfig, TagsFile, type Era, type Group, type PlaceName, type Source, type TagLabel } from "../schema/index.ts";
import { decodeUtf8 } from "../core/text-encoding.ts";
import { lineAndColumn, problemAt, readJsonFile, type JsonFile } from "./json-file.ts";
import type { Problem } from "./problem.ts";
import { zodProblems } from "./zod-problems.ts";
import { checkEventReferences, type EventContext } from "./check-event.ts";
import { loadSources } from "./load-sources.ts";
import { UnchangedFiles } from "./unchanged-files.ts";

/** An events file's outer shape; each event is then parsed on its own. */
const EventsFileShape = z.object({ $schema: z.string().optional(), events: z.array(z.unknown()) }).strict();

/** Events written without the file's `{ "events": [ … ] }` around them: one problem saying so, not one for each of their fields. */
function unwrappedEvents(json: JsonFile): Problem | undefined {
  const { value } = json;
  if (Array.isArray(value)) return problemAt(json, [], `the file is a list, but an events file is an object with the list in "events": write { "events": [ … ] } around it`);
  const looksLikeAnEvent = value !== null && typeof value === "object" && !("events" in value) && ["id", "date", "headline", "citations"].some((key) => key in value);
  if (looksLikeAnEvent) return problemAt(json, [], `the file holds one event, but an events file is an object with a list of events in "events": write { "events": [ … ] } around it`);
  return undefined;
}

export interface Dataset {
  site: SiteConfig;
  sources: Source[];
  events: Event[];
  /** Document text by source id. */
  documents: Map<string, string>;
  /** Named periods from eras.json (empty when the file is absent). */
  eras: Era[];
  /** Groups from groups.json (empty when the file is absent). */
  groups: Group[];
  /** Tag labels per language from tags.json (empty when the file is absent). */
  tags: TagLabel[];
  /** Place names per language from places.json (empty when the file is absent). */
  places: PlaceName[];
}

export interface DatasetPaths {
  /** Project root; file names in problems are relative to it. */
  root: string;
  /** Folder with sources.json, documents/ and events/ (default: <root>/_data). */
  data?: string;
  /** The present, in ms since the epoch (tests fix it); timestamps after it are refused. */
  now?: number;
  /** Events files as an earlier load of the same folder found them: those unchanged since are not parsed or checked again (`datelines serve`). */
  unchanged?: UnchangedFiles;
}

/** `warnings` are worth fixing but do not stop a build (an oversized original); they come with either result. */
export type LoadResult = { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

export async function loadDataset({ root, data = join(root, "_data"), now, unchanged }: DatasetPaths): Promise<LoadResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rel = (path: string) => {
    const r = relative(root, path).split("\\").join("/");
    return r.startsWith("..") ? path : r;
  };

  const site = await loadFile(data, "site.json", SiteConfig, rel, problems);
  const loaded = await loadSources(data, rel, problems);
  const eras = (await loadFile(data, "eras.json", ErasFile, rel, problems, { optional: true }))?.eras ?? [];
  const groups = (await loadFile(data, "groups.json", GroupsFile, rel, problems, { optional: true }))?.groups ?? [];
  const tags = (await loadFile(data, "tags.json", TagsFile, rel, problems, { optional: true }))?.tags ?? [];
  const places = (await loadFile(data, "places.json", PlacesFile, rel, problems, { optional: true }))?.places ?? [];
  const events: Event[] = [];
  const later: Promise<void>[] = [];
  // Where each id was first seen, as a file and an offset, not the file's syntax tree: holding every
  // events file's tree until the end took over a gigabyte at 100,000 events.
  const seen = new Map<string, FirstSeen>();
  const codePointCache = new Map<string, CodePoints>();
  const context: EventContext = {
    data,
    rel,
    sources: loaded,
    groupIds: new Set(groups.map((g) => g.id)),
    // Unknown while site.json has a problem: one wrong field there must not make every translation a problem too.
    translationLangs: site ? new Set((site.languages ?? []).slice(1).map((l) => l.lang)) : undefined,
    latest: (now ?? Date.now()) + 86_400_000,
    codePointsOf: (id, text) => codePointCache.get(id) ?? codePointCache.set(id, new CodePoints(text)).get(id)!,
  };

  const eventsDir = join(data, "events");
  const checkedAgainst = unchanged && UnchangedFiles.context(site, loaded, groups);
  for (const name of await listJson(eventsDir, rel, problems)) {
    const path = join(eventsDir, name);
    const bytes = unchanged && (await readFile(path).catch(() => undefined));
    const known = unchanged?.reuse(path, bytes, checkedAgainst!);
    if (known && known.ids.every(({ id }) => !seen.has(id))) {
      for (const { id, offset } of known.ids) seen.set(id, { path, file: rel(path), offset });
      events.push(...known.events);
      continue;
    }
    const start = events.length;
    let wrong = 0; // this file's problems and warnings
    const { json, problems: readProblems } = await readJsonFile(path, rel(path), bytes);
    problems.push(...readProblems);
    if (!json) continue;
    const unwrapped = unwrappedEvents(json);
    if (unwrapped) {
      problems.push(unwrapped);
      continue;
    }
    const shape = EventsFileShape.safeParse(json.value);
    if (!shape.success) {
      problems.push(...zodProblems(json, shape.error));
      continue;
    }
    const ids: { id: string; offset: number }[] = [];
    const checks: Promise<void>[] = [];
    // Each event on its own: a schema error in one field still lets every other check run.
    shape.data.events.forEach((raw, i) => {
      const at = (path: PropertyKey[], message: string) => void (wrong++, problems.push(problemAt(json, ["events", i, ...path], message)));
      const warn = (path: PropertyKey[], message: string) => void (wrong++, warnings.push(problemAt(json, ["events", i, ...path], message)));
      const record = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
      const parsed = Event.safeParse(raw);
      if (!parsed.success) {
        wrong++;
        problems.push(...zodProblems(json, parsed.error, ["events", i]));
      }
      if (typeof record.id === "string") {
        const first = seen.get(record.id);
        if (first) {
          at(["id"], `"${record.id}" is already used by ${where(first)}; ids (and so permalinks /events/<id>/) must be unique`);
        } else {
          const offset = eventOffset(json, i);
          seen.set(record.id, { path, file: json.file, offset });
          ids.push({ id: record.id, offset });
        }
      }
      checks.push(...checkEventReferences(record, at, context, warn));
      if (parsed.success) events.push(parsed.data);
    });
    later.push(...checks);
    if (unchanged && bytes) {
      // Remembered once its file lookups are done, and only if nothing was found wrong with it.
      const found = events.slice(start);
      later.push(Promise.all(checks).then(() => (wrong === 0 && readProblems.length === 0 ? unchanged.remember(path, bytes, checkedAgainst!, { events: found, ids }) : unchanged.forget(path))));
    }
  }

  await Promise.all(later);
  if (problems.length > 0 || !site) return { ok: false, problems, warnings };
  return { ok: true, warnings, dataset: { site, sources: [...loaded.sources.values()], events, documents: loaded.documents, eras, groups, tags, places } };
}

/** A data file checked against its schema; `optional` files may be absent, invalid is a problem either way. */
async function loadFile<T>(
  data: string,
  name: string,
  schema: z.ZodType<T>,
  rel: (p: string) => string,
  problems: Problem[],
  { optional = false } = {},
): Promise<T | undefined> {
  const path = join(data, name);
  if (optional && !(await access(path).then(() => true, () => false))) return undefined;
  const { json, problems: readProblems } = await readJsonFile(path, rel(path));
  problems.push(...readProblems);
  if (!json) return undefined;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(json, parsed.error));
  return undefined;
}

async function listJson(dir: string, rel: (p: string) => string, problems: Problem[]): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    problems.push({ file: rel(dir), message: "folder is missing; create it with at least one events file" });
    return [];
  }
}

interface FirstSeen {
  path: string;
  file: string;
  offset: number;
}

/** Where an events file's `index`-th event starts. */
function eventOffset(json: JsonFile, index: number): number {
  return (json.tree && findNodeAtLocation(json.tree, ["events", index])?.offset) ?? 0;
}

/** "file:line" of an event seen earlier, its file read again: only a duplicate id asks. */
function where({ path, file, offset }: FirstSeen): string {
  const decoded = decodeUtf8(readFileSync(path));
  return `${file}:${lineAndColumn(decoded.ok ? decoded.text : decoded.lossy, offset).line}`;
}
