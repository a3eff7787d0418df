/**
 * What the desk reads besides drafts and events: the site's languages, the sources and their
 * documents. Read leniently, straight from the files, so the desk still opens (and shows
 * where) when something elsewhere in the data has a problem.
 */
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { wordsToKeep } from "../site/keep-together.ts";
import { COUNTRIES } from "./countries.ts";
import { readText } from "./files.ts";

export interface Workspace {
  /** Project root (templates, schema references, problem paths). */
  root: string;
  /** The data folder (_data, or $DATELINES_DATA). */
  data: string;
  /** The present, as written to added/updated (tests fix it). */
  now(): string;
}

export interface SourceEntry {
  id: string;
  title: string;
  lang: string;
  file: string;
  publisher?: string;
}

export interface Languages {
  main: string;
  /** Languages the site publishes besides the main one: the translations an event can have. */
  others: string[];
}

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  return text === undefined ? undefined : parse(text);
}

export async function readLanguages(data: string): Promise<Languages> {
  const site = ((await readJson(join(data, "site.json"))) ?? {}) as { lang?: string; languages?: { lang?: string }[] };
  const main = site.lang ?? "en";
  const others = (site.languages ?? []).map((l) => l.lang).filter((l): l is string => typeof l === "string" && l !== main);
  return { main, others };
}

export async function readSources(data: string): Promise<SourceEntry[]> {
  const file = ((await readJson(join(data, "sources.json"))) ?? {}) as { sources?: unknown };
  if (!Array.isArray(file.sources)) return [];
  return (file.sources as Record<string, unknown>[]).flatMap((s) =>
    s && typeof s.id === "string" && typeof s.file === "string"
      ? [{ id: s.id, file: s.file, title: typeof s.title === "string" ? s.title : s.id, lang: typeof s.lang === "string" ? s.lang : "und", ...(typeof s.publisher === "string" ? { publisher: s.publisher } : {}) }]
      : [],
  );
}

export async function readDocument(data: string, source: SourceEntry): Promise<string | undefined> {
  return readText(join(data, "documents", source.file));
}

/** Text and language of the documents of these sources (for quotes and their offsets). */
export async function readDocuments(data: string, ids: Iterable<string>): Promise<Map<string, { text: string; lang: string }>> {
  const wanted = new Set(ids);
  const out = new Map<string, { text: string; lang: string }>();
  for (const source of await readSources(data)) {
    if (!wanted.has(source.id)) continue;
    const text = await readDocument(data, source);
    if (text !== undefined) out.set(source.id, { text, lang: source.lang });
  }
  return out;
}

const keepCache = new Map<string, string[]>();

/** Words a document in `lang` keeps on one line, as the site does: site.json's keepTogether and country names. */
export async function readKeepTogether(data: string, lang: string): Promise<string[]> {
  const site = ((await readJson(join(data, "site.json"))) ?? {}) as { languages?: { lang?: string; keepTogether?: string[] }[] };
  const own = site.languages?.find((l) => l.lang === lang)?.keepTogether ?? [];
  const key = `${lang}\n${own.join("\n")}`;
  if (!keepCache.has(key)) {
    let names: string[] = [];
    try {
      const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
      names = COUNTRIES.map((c) => display.of(c.code) ?? "");
    } catch {
      names = [];
    }
    keepCache.set(key, wordsToKeep([...own, ...names], lang));
  }
  return keepCache.get(key)!;
}
