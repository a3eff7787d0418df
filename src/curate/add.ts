/**
 * `datelines add <file|folder>...`: each document's normalized text into documents/ (once: the
 * same content is recognised by its fingerprint, and no file is ever overwritten), a source
 * entry appended to sources.json (checked against the schema, the fields it could not determine
 * listed for the editor), then the document's drafts proposed as `extract` would. If the dataset
 * would not validate afterwards, everything this run wrote is taken back.
 */
import { rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { pickLocale, UnknownLanguageError, type Locale } from "../extract/index.ts";
import { DocumentError, readSourceFile, type ReadResult } from "../ingest/documents/index.ts";
import { Source } from "../schema/index.ts";
import { DatasetValidationError, loadDataset, type Dataset } from "../validate/index.ts";
import { expandInputs } from "./add-inputs.ts";
import { documentFingerprints, fingerprint } from "./content-hash.ts";
import { draftsPath, serializeDrafts, writeIfChanged } from "./drafts-store.ts";
import { dismissedKeys } from "./dismissals.ts";
import { proposeAll } from "./drafts-pool.ts";
import { draftsFile } from "./extract-drafts.ts";
import { draftsJob } from "./propose-job.ts";
import { choosePublication, type Published } from "./publication.ts";
import { sourceIdFor } from "./source-id.ts";
import { appendSource } from "./sources-file.ts";
import { codePointLength } from "../core/code-points.ts";
import { lastDay } from "../core/partial-date.ts";

export interface AddOptions {
  root: string;
  data: string;
  paths: readonly string[];
  /** --lang: the language of every file added. */
  lang?: string;
  /** --published YYYY-MM-DD: the publication date of every file added. */
  published?: string;
  /** One line per file, as it is done. */
  progress?: (line: string) => void;
}

export interface AddResult {
  file: string;
  status: "added" | "duplicate" | "failed" | "skipped";
  source?: string;
  /** The document written (or found) in documents/. */
  document?: string;
  lang?: string;
  published?: Published;
  characters?: number;
  drafts?: number;
  /** Fields left for the editor, or to check. */
  confirm: string[];
  warnings: string[];
  /** Why it failed or was skipped, and what to do. */
  reason?: string;
}

export async function addDocuments(options: AddOptions): Promise<AddResult[]> {
  const loaded = await loadDataset({ root: options.root, data: options.data });
  if (!loaded.ok) throw new DatasetValidationError(loaded.problems);
  const { files, skipped } = await expandInputs(options.paths);
  const results: AddResult[] = skipped.map((s) => ({ file: s.file, status: "skipped", reason: s.reason, confirm: [], warnings: [] }));
  const known = await documentFingerprints(options.data);
  const ids = new Set<string>(loaded.dataset.sources.map((s) => s.id));
  const byFile = new Map<string, string>(loaded.dataset.sources.map((s) => [s.file, s.id]));
  const fallback = collectionDate(loaded.dataset);
  const undo: (() => Promise<unknown>)[] = [];
  const added: { result: AddResult; locale?: Locale }[] = [];

  for (const [i, file] of files.entries()) {
    const prefix = `[${i + 1}/${files.length}] ${file}:`;
    let read: ReadResult;
    try {
      read = await readSourceFile(file);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      results.push({ file, status: "failed", reason: `${error.problem}. ${error.fix}`, confirm: [], warnings: [] });
      options.progress?.(`${prefix} not added: ${error.problem}. ${error.fix}`);
      continue;
    }
    const print = fingerprint(read.text);
    const existing = known.get(print);
    if (existing && byFile.has(existing)) {
      const source = byFile.get(existing)!;
      results.push({ file, status: "duplicate", source, document: existing, confirm: [], warnings: [], reason: `the same text is already documents/${existing} (source "${source}")` });
      options.progress?.(`${prefix} already added as "${source}" (documents/${existing}); nothing written`);
      continue;
    }
    const result = await addOne(file, read, { options, ids, fallback, existing, undo });
    results.push(result.result);
    if (result.result.status !== "added") {
      options.progress?.(`${prefix} not added: ${result.result.reason}`);
      continue;
    }
    known.set(print, result.result.document!);
    byFile.set(result.result.document!, result.result.source!);
    ids.add(result.result.source!);
    added.push(result);
    const r = result.result;
    options.progress?.(`${prefix} added as "${r.source}" (${r.lang}, ${r.characters!.toLocaleString("en")} characters, published ${r.published!.date ?? "unknown"} ${r.published!.basis})`);
  }

  if (added.length) await proposeDrafts(options, added, undo);
  return results;
}

interface Context {
  options: AddOptions;
  ids: Set<string>;
  fallback: string;
  /** A document with this text that no source names yet: the new source uses it. */
  existing?: string;
  undo: (() => Promise<unknown>)[];
}

async function addOne(file: string, read: ReadResult, ctx: Context): Promise<{ result: AddResult; locale?: Locale }> {
  const { options } = ctx;
  const warnings = [...read.warnings];
  const confirm: string[] = [];
  const lang = options.lang ?? read.lang ?? "und";
  if (!options.lang && (!read.lang || read.lang === "zh" || read.langEvidence?.startsWith("franc"))) confirm.push(`lang (${read.lang ? "detected" : "not found"})`);
  let locale: Locale | undefined;
  try {
    locale = await pickLocale(read.text, lang === "und" ? undefined : lang);
  } catch (error) {
    if (!(error instanceof UnknownLanguageError)) throw error;
    warnings.push(`no extraction locale for "${lang}": the document is added, but no dates are read and no drafts proposed (${error.message})`);
  }
  if (lang === "und") locale = undefined;
  const publication = choosePublication({ text: read.text, locale, candidates: read.published, fallback: ctx.fallback, given: options.published });
  confirm.push(...publication.confirm);
  const taken = (id: string) => ctx.ids.has(id);
  const id = sourceIdFor({ title: read.title, url: read.url, file, date: publication.published.date }, taken);
  if (lang === "und") warnings.push(`the language could not be told from the text: no dates are read and no drafts proposed; set "lang" in sources.json, then run \`datelines extract --source ${id}\``);
  const title = read.title ?? `[Untitled document: ${basename(file)}]`;
  if (!read.title) confirm.push("title (none found)");
  else if (read.titleFrom) confirm.push(`title (from ${read.titleFrom})`);
  for (const field of ["publisher", "author", "url"] as const) if (!read[field]) confirm.push(field);
  // The note is shown with the source on the site: only what a reader should know (pages not read).
  const note = read.incomplete;

  const base: AddResult = { file, status: "failed", confirm, warnings, lang, characters: codePointLength(read.text) };
  const document = ctx.existing ?? (await writeNew(options.data, id, read.text, taken));
  if (!document) return { result: { ...base, reason: "could not find a free file name in documents/" } };
  const entry = {
    id: ctx.existing ? id : document.slice(0, -".txt".length),
    file: document,
    title: title.slice(0, 300),
    ...(read.publisher ? { publisher: read.publisher } : {}),
    ...(read.author ? { author: read.author } : {}),
    lang,
    published: publication.published,
    ...(read.url ? { url: read.url } : {}),
    ...(note ? { note } : {}),
  };
  if (ctx.existing) warnings.push(`documents/${ctx.existing} already held this text, with no source naming it; the new source uses it`);
  const removeDocument = () => (ctx.existing ? Promise.resolve() : rm(join(options.data, "documents", document), { force: true }));
  const checked = Source.safeParse(entry);
  if (!checked.success) {
    await removeDocument();
    const issues = checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { result: { ...base, reason: `the source entry would not be valid (${issues}); nothing was written` } };
  }
  ctx.undo.push(removeDocument);
  ctx.undo.push(await appendSource(options.data, entry));
  return { result: { ...base, status: "added", source: entry.id, document, published: publication.published }, locale };
}

/** Writes <id>.txt, or <id>-2.txt… if taken; never overwrites. The file name, or undefined. */
async function writeNew(data: string, id: string, text: string, taken: (id: string) => boolean): Promise<string | undefined> {
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? id : `${id.slice(0, 76)}-${n}`;
    if (n > 1 && taken(candidate)) continue;
    try {
      await writeFile(join(data, "documents", `${candidate}.txt`), text, { flag: "wx" });
      return `${candidate}.txt`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return undefined;
}

/** Validates the whole dataset once, then writes each added source's drafts (as `extract` does). */
async function proposeDrafts(options: AddOptions, added: { result: AddResult; locale?: Locale }[], undo: (() => Promise<unknown>)[]): Promise<void> {
  const after = await loadDataset({ root: options.root, data: options.data });
  if (!after.ok) {
    for (const step of undo.reverse()) await step();
    throw new DatasetValidationError(after.problems);
  }
  const proposing = added.filter((a) => a.locale).map(({ result }) => ({ result, source: after.dataset.sources.find((s) => s.id === result.source)! }));
  const dismissed = await dismissedKeys(options.data);
  await proposeAll(
    proposing.map(({ source }) => draftsJob(source, after.dataset)),
    {
      done: async (i, outcome) => {
        const { result, source } = proposing[i]!;
        try {
          if (!outcome.ok) throw new Error(outcome.error);
          const file = draftsFile(options, outcome.file, dismissed);
          await writeIfChanged(draftsPath(options.data, source.id), serializeDrafts(file));
          result.drafts = file.drafts.length;
        } catch (error) {
          result.warnings.push(`drafts not proposed: ${(error as Error).message}`);
        }
      },
    },
  );
}

/** The reference for a yearless dateline when nothing else is known: the manifest's latest date, else today. */
function collectionDate(dataset: Dataset): string {
  const dates = dataset.sources.flatMap((s) => (s.published.date ? [lastDay(s.published.date)] : []));
  return dates.sort().at(-1) ?? new Date().toISOString().slice(0, 10);
}
