/**
 * `datelines extract`: proposes drafts for every source in the manifest (or one) and
 * writes them to the review area, _data/drafts/<source-id>.json. It never writes to
 * _data/events/, and re-running it on unchanged data rewrites nothing.
 */
import { precisionOf } from "../core/partial-date.ts";
import { DatasetValidationError, loadDataset, type Dataset } from "../validate/index.ts";
import { DRAFTS_NOTE, type DraftsFile } from "../extract/drafts/schema.ts";
import type { Source } from "../schema/index.ts";
import { draftsPath, schemaRef, serializeDrafts, writeIfChanged } from "./drafts-store.ts";
import { dismissalKey, dismissedKeys } from "./dismissals.ts";
import { proposeAll } from "./drafts-pool.ts";
import { draftsJob, proposeJob, type ProposedFile } from "./propose-job.ts";

export interface ExtractDraftsOptions {
  /** Project root (for the $schema path). */
  root: string;
  /** Data folder with sources.json, documents/ and events/. */
  data: string;
  /** Only this source. */
  source?: string;
  /** Reference date for that source, YYYY-MM-DD, instead of the manifest's. */
  published?: string;
  /** Called with one line per document, in the sources' order. */
  progress?: (line: string) => void;
  /** Called as each document is done (in any order): documents and UTF-8 bytes done so far, and in all. */
  finished?: (progress: Progress) => void;
  /** Worker threads; default: one per core, fewer for little text (drafts-pool.ts). */
  workers?: number;
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export interface SourceResult {
  source: string;
  path: string;
  mentions?: number;
  drafts?: number;
  matching?: number;
  written?: boolean;
  error?: string;
}

export async function extractDrafts(options: ExtractDraftsOptions): Promise<SourceResult[]> {
  const loaded = await loadDataset({ root: options.root, data: options.data });
  if (!loaded.ok) throw new DatasetValidationError(loaded.problems);
  const { dataset } = loaded;
  if (options.published !== undefined && !options.source) throw new Error("--published needs --source <id>: it sets one document's reference date");
  if (options.published !== undefined && precisionOf(options.published) !== "day") throw new Error(`--published must be YYYY-MM-DD (got "${options.published}")`);
  const sources = options.source ? dataset.sources.filter((s) => s.id === options.source) : dataset.sources;
  if (sources.length === 0) throw new Error(`No source "${options.source}" in sources.json. Known: ${dataset.sources.map((s) => s.id).join(", ")}`);

  const jobs = sources.map((source) => draftsJob(source, dataset, options.source === source.id ? options.published : undefined));
  const dismissed = await dismissedKeys(options.data);
  const results: SourceResult[] = new Array(sources.length);
  const sizes = jobs.map((job) => Buffer.byteLength(job.text));
  const progress: Progress = { done: 0, total: jobs.length, bytes: 0, totalBytes: sizes.reduce((a, b) => a + b, 0) };
  // Lines in the sources' order whatever order the documents finish in.
  let next = 0;
  const lines: string[] = [];
  await proposeAll(jobs, {
    workers: options.workers,
    done: async (i, outcome) => {
      const source = sources[i]!;
      const path = draftsPath(options.data, source.id);
      const prefix = `[${i + 1}/${sources.length}] ${source.id}:`;
      try {
        if (!outcome.ok) throw new Error(outcome.error);
        const file = draftsFile(options, outcome.file, dismissed);
        const written = await writeIfChanged(path, serializeDrafts(file));
        const matching = file.drafts.filter((d) => d.matches).length;
        results[i] = { source: source.id, path, mentions: file.mentions, drafts: file.drafts.length, matching, written };
        lines[i] = `${prefix} ${file.mentions} mentions, ${file.drafts.length} drafts (${matching} match curated events)${written ? "" : ", unchanged"}`;
      } catch (error) {
        results[i] = { source: source.id, path, error: `${source.file}: ${(error as Error).message}` };
        lines[i] = `${prefix} skipped: ${source.file}: ${(error as Error).message}`;
      }
      progress.done++;
      progress.bytes += sizes[i]!;
      options.finished?.({ ...progress });
      for (; next < sources.length && lines[next] !== undefined; next++) options.progress?.(lines[next]!);
    },
  });
  return results;
}

/** The drafts file for one source: deterministic for the same data. */
export async function draftsFor(source: Source, dataset: Dataset, options: Pick<ExtractDraftsOptions, "root" | "data" | "source" | "published">): Promise<DraftsFile> {
  const proposed = await proposeJob(draftsJob(source, dataset, options.source === source.id ? options.published : undefined));
  return draftsFile(options, proposed, await dismissedKeys(options.data));
}

/** The file as written: its header, and the drafts without those dismissed in the desk (not proposed again). */
export function draftsFile(options: Pick<ExtractDraftsOptions, "root" | "data">, proposed: ProposedFile, dismissed: Set<string>): DraftsFile {
  const { drafts, ...rest } = proposed;
  return {
    $schema: schemaRef(options.root, options.data),
    note: DRAFTS_NOTE,
    ...rest,
    drafts: drafts.filter((d) => !dismissed.has(dismissalKey(d))),
  };
}
