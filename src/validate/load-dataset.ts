/**
 * Loads and validates the whole dataset: the source manifest, the documents and
 * every events file. Returns every problem at once, never just the first.
 */
import { access, readdir, readFile } from "node:fs/promises";
import type { z } from "zod";
import { join, relative } from "node:path";
import { ErasFile, EventsFile, GroupsFile, SiteConfig, SourcesFile, type Era, type Event, type Group, type Source } from "../schema/index.ts";
import { problemAt, readJsonFile, type JsonFile } from "./json-file.ts";
import type { Problem } from "./problem.ts";
import { zodProblems } from "./zod-problems.ts";
import { checkCitation } from "./check-citation.ts";

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
}

export interface DatasetPaths {
  /** Project root; file names in problems are relative to it. */
  root: string;
  /** Folder with sources.json, documents/ and events/ (default: <root>/_data). */
  data?: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export async function loadDataset({ root, data = join(root, "_data") }: DatasetPaths): Promise<LoadResult> {
  const problems: Problem[] = [];
  const rel = (path: string) => {
    const r = relative(root, path).split("\\").join("/");
    return r.startsWith("..") ? path : r;
  };

  const site = await loadSite(data, rel, problems);
  const { sources, documents, sourceFile } = await loadSources(data, rel, problems);
  const eras = (await loadOptional(data, "eras.json", ErasFile, rel, problems))?.eras ?? [];
  const groupsFile = await loadOptional(data, "groups.json", GroupsFile, rel, problems);
  const groups = groupsFile?.groups ?? [];
  const groupIds = new Set(groups.map((g) => g.id));
  const mediaChecks: Promise<void>[] = [];
  const events: Event[] = [];
  const seen = new Map<string, { json: JsonFile; index: number }>();

  const codePointCache = new Map<string, string[]>();
  const codePointsOf = (id: string, text: string) =>
    codePointCache.get(id) ?? codePointCache.set(id, Array.from(text)).get(id)!;

  const eventsDir = join(data, "events");
  for (const name of await listJson(eventsDir, rel, problems)) {
    const { json, problems: readProblems } = await readJsonFile(join(eventsDir, name), rel(join(eventsDir, name)));
    problems.push(...readProblems);
    if (!json) continue;
    const parsed = EventsFile.safeParse(json.value);
    if (!parsed.success) {
      problems.push(...zodProblems(json, parsed.error));
      continue;
    }
    parsed.data.events.forEach((event, i) => {
      const at = (path: PropertyKey[], message: string) => problems.push(problemAt(json, ["events", i, ...path], message));
      const first = seen.get(event.id);
      if (first) {
        at(["id"], `"${event.id}" is already used by ${where(first.json, first.index)}; ids (and so permalinks /events/<id>/) must be unique`);
      } else seen.set(event.id, { json, index: i });
      if (event.group !== undefined && !groupIds.has(event.group)) {
        const known = [...groupIds].join(", ");
        at(["group"], `unknown group "${event.group}": ${known ? `use one of ${known}, or ` : ""}add {"id": "${event.group}", "label": {…}} to ${rel(join(data, "groups.json"))}`);
      }
      event.media?.forEach((item, m) => {
        for (const field of ["src", "thumbnail"] as const) {
          const src = item[field];
          if (src === undefined || /^https:/i.test(src)) continue;
          const path = join(data, "media", src);
          mediaChecks.push(
            access(path).catch(() => void at(["media", m, field], `${rel(path)} does not exist: put the file in ${rel(join(data, "media"))}/ or fix the name`)),
          );
        }
      });
      event.citations.forEach((citation, c) => {
        const source = sources.get(citation.source);
        if (!source) {
          const known = [...sources.keys()].join(", ") || `none: check ${sourceFile}`;
          at(["citations", c, "source"], `unknown source "${citation.source}" (known: ${known})`);
          return;
        }
        const text = documents.get(source.id);
        if (text === undefined) return; // already reported against sources.json
        const message = checkCitation(citation, text, codePointsOf(source.id, text));
        if (message) at(["citations", c, message.field], message.text);
      });
      events.push(event);
    });
  }

  await Promise.all(mediaChecks);
  if (problems.length > 0 || !site) return { ok: false, problems };
  return { ok: true, dataset: { site, sources: [...sources.values()], events, documents, eras, groups } };
}

async function loadSite(data: string, rel: (p: string) => string, problems: Problem[]) {
  const path = join(data, "site.json");
  const { json, problems: readProblems } = await readJsonFile(path, rel(path));
  problems.push(...readProblems);
  if (!json) return undefined;
  const parsed = SiteConfig.safeParse(json.value);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(json, parsed.error));
  return undefined;
}

/** A data file that may be absent (eras.json, groups.json): absent is fine, invalid is a problem. */
async function loadOptional<T>(
  data: string,
  name: string,
  schema: z.ZodType<T>,
  rel: (p: string) => string,
  problems: Problem[],
): Promise<T | undefined> {
  const path = join(data, name);
  try {
    await access(path);
  } catch {
    return undefined;
  }
  const { json, problems: readProblems } = await readJsonFile(path, rel(path));
  problems.push(...readProblems);
  if (!json) return undefined;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(json, parsed.error));
  return undefined;
}

async function loadSources(data: string, rel: (p: string) => string, problems: Problem[]) {
  const sources = new Map<string, Source>();
  const documents = new Map<string, string>();
  const path = join(data, "sources.json");
  const sourceFile = rel(path);
  const { json, problems: readProblems } = await readJsonFile(path, sourceFile);
  problems.push(...readProblems);
  if (!json) return { sources, documents, sourceFile };
  const parsed = SourcesFile.safeParse(json.value);
  if (!parsed.success) {
    problems.push(...zodProblems(json, parsed.error));
    return { sources, documents, sourceFile };
  }
  for (const [i, source] of parsed.data.sources.entries()) {
    if (sources.has(source.id)) {
      problems.push(problemAt(json, ["sources", i, "id"], `"${source.id}" is used by another source; ids must be unique`));
      continue;
    }
    sources.set(source.id, source);
    const docPath = join(data, "documents", source.file);
    try {
      documents.set(source.id, await readFile(docPath, "utf8"));
    } catch {
      problems.push(problemAt(json, ["sources", i, "file"], `document ${rel(docPath)} does not exist; add the file or fix the name`));
    }
  }
  return { sources, documents, sourceFile };
}

async function listJson(dir: string, rel: (p: string) => string, problems: Problem[]): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    problems.push({ file: rel(dir), message: "folder is missing; create it with at least one events file" });
    return [];
  }
}

function where(json: JsonFile, index: number): string {
  const p = problemAt(json, ["events", index], "");
  return `${p.file}:${p.line}`;
}
