/**
 * `datelines extract`: proposes drafts for every source in the manifest (or one) and
 * writes them to the review area, _data/drafts/<source-id>.json. It never writes to
 * _data/events/, and re-running it on unchanged data rewrites nothing.
 */
import { codePointIndexOf, codePointLength } from "../core/code-points.ts";
import { precisionOf } from "../core/partial-date.ts";
import { DatasetValidationError, loadDataset, type Dataset } from "../validate/index.ts";
import { extractDates, pickLocale } from "../extract/index.ts";
import { proposeDrafts, type ProposeInput } from "../extract/drafts/propose.ts";
import { DRAFTS_NOTE, type DraftsFile } from "../extract/drafts/schema.ts";
import type { Source } from "../schema/index.ts";
import { draftsPath, schemaRef, serializeDrafts, writeIfChanged } from "./drafts-store.ts";
import { chooseReference } from "./reference.ts";
import { withoutDismissed } from "./dismissals.ts";

export interface ExtractDraftsOptions {
  /** Project root (for the $schema path). */
  root: string;
  /** Data folder with sources.json, documents/ and events/. */
  data: string;
  /** Only this source. */
  source?: string;
  /** Reference date for that source, YYYY-MM-DD, instead of the manifest's. */
  published?: string;
  /** Called with one line per document. */
  progress?: (line: string) => void;
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

  const results: SourceResult[] = [];
  for (const [i, source] of sources.entries()) {
    const path = draftsPath(options.data, source.id);
    const prefix = `[${i + 1}/${sources.length}] ${source.id}:`;
    try {
      const file = await draftsFor(source, dataset, options);
      const written = await writeIfChanged(path, serializeDrafts(file));
      const matching = file.drafts.filter((d) => d.matches).length;
      results.push({ source: source.id, path, mentions: file.mentions, drafts: file.drafts.length, matching, written });
      options.progress?.(
        `${prefix} ${file.mentions} mentions, ${file.drafts.length} drafts (${matching} match curated events)${written ? "" : ", unchanged"}`,
      );
    } catch (error) {
      results.push({ source: source.id, path, error: (error as Error).message });
      options.progress?.(`${prefix} skipped: ${(error as Error).message}`);
    }
  }
  return results;
}

/** The drafts file for one source: deterministic for the same data. */
export async function draftsFor(source: Source, dataset: Dataset, options: Pick<ExtractDraftsOptions, "root" | "data" | "source" | "published">): Promise<DraftsFile> {
  const text = dataset.documents.get(source.id)!;
  const locale = await pickLocale(text, source.lang);
  const choice = chooseReference(source, dataset.sources, options.source === source.id ? options.published : undefined);
  const extraction = extractDates(text, locale, { published: choice.published, fallbackReference: choice.fallback, fallbackPrecision: choice.precision });
  const basis = extraction.reference.basis === "dateline" ? "dateline" : choice.basis;
  const partial = basis === "manifest" ? choice.partial : undefined; // a month- or year-only publication date
  const { drafts: proposed, recognized } = proposeDrafts({
    source: { id: source.id, lang: source.lang },
    text,
    mentions: extraction.mentions,
    reference: basis,
    curated: dataset.events,
    publication: publicationSpan(source, text),
    ...(partial ? { partialReference: partial } : {}),
  });
  const drafts = await withoutDismissed(options.data, proposed); // dismissed in the desk: not proposed again
  return {
    $schema: schemaRef(options.root, options.data),
    note: DRAFTS_NOTE,
    source: source.id,
    file: source.file,
    lang: source.lang,
    locale: extraction.locale,
    reference: { date: partial ?? extraction.reference.date, basis },
    mentions: extraction.mentions.length,
    recognized,
    drafts,
  };
}

/** Where the manifest's dateline or page-date evidence is in the document, if it is there verbatim. */
function publicationSpan(source: Source, text: string): ProposeInput["publication"] {
  const { basis, evidence } = source.published;
  if (!evidence || (basis !== "dateline" && basis !== "page-date")) return undefined;
  const start = codePointIndexOf(text, evidence);
  if (start === undefined) return undefined;
  return { start, end: start + codePointLength(evidence), as: basis === "dateline" ? "dateline" : "page-date" };
}
