/**
 * `datelines import <file> [--status S] [--dry-run] [--report FILE]`: brings in a TimelineJS
 * timeline (Google Sheets template as .csv or .xlsx, or TimelineJS 3 .json). The timeline
 * becomes one source of kind "timeline" whose document is the file written out row by row;
 * each event slide becomes an event quoting its row, in a new events file; groups and eras
 * are added; the title slide gives the site its title and description. Everything is
 * validated as the build would before anything is written, and the row-by-row report says
 * what was imported, mapped how, and what the editor must still do.
 */
import { access, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { applyEdits, modify } from "jsonc-parser";
import { DatasetValidationError, loadDataset, type Dataset } from "../validate/index.ts";
import { formatReport, readTimeline, rowsToEvents, TimelineReadError, timelineFormat, type Status, type TimelineConversion } from "../ingest/timelines/index.ts";
import { clip, slugify } from "../core/slug.ts";
import { shownPath, validatePlanned, writePlanned, type PlannedFile } from "./import-files.ts";

export interface ImportOptions {
  root: string;
  data: string;
  /** The timeline file. */
  file: string;
  status?: Status;
  dryRun?: boolean;
  /** added/updated of the events and the date in the source note (default: now). */
  now?: Date;
}

export interface ImportResult {
  /** 0: imported (rows with problems are in the report); 1: nothing importable, or it would not validate. */
  code: 0 | 1;
  report: string;
  /** Data files written (none on a dry run or failure), relative to the data folder. */
  written: string[];
  conversion?: TimelineConversion;
}

/** A problem with how the command was called (exit code 2), or one that stops the import (exit code 1). */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(message: string, readonly code: 1 | 2) {
    super(message);
  }
}

const STATUSES: readonly Status[] = ["draft", "reviewed", "published"];
const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } } as const;

export async function importTimeline(options: ImportOptions): Promise<ImportResult> {
  const { root, data, file } = options;
  const status = options.status ?? "published";
  if (!STATUSES.includes(status)) throw new ImportError(`--status must be draft, reviewed or published (got "${status}")`, 2);
  const fileName = basename(file);
  if (!timelineFormat(fileName)) throw new ImportError(`${fileName}: give a .csv or .xlsx export of the TimelineJS Google Sheets template, or a TimelineJS 3 .json file`, 2);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(`Cannot read ${file} (${error.code ?? error.message})`, 2);
  });
  const loaded = await loadDataset({ root, data });
  if (!loaded.ok) throw new DatasetValidationError(loaded.problems);
  const dataset = loaded.dataset;

  let input;
  try {
    input = await readTimeline(bytes, fileName);
  } catch (error) {
    if (error instanceof TimelineReadError) throw new ImportError(error.message, 1);
    throw error;
  }
  const previous = dataset.sources.find((s) => s.kind === "timeline" && dataset.documents.get(s.id)?.includes(`\nSHA-256: ${input.sha256}\n`));
  if (previous) {
    throw new ImportError(
      `${fileName} was already imported as source "${previous.id}" (${shownPath(root, data, `documents/${previous.file}`)}, same content). ` +
        "Edit those events, or remove that import first to import the file again.",
      1,
    );
  }

  const now = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const sourceId = await freeSourceId(data, dataset, fileName);
  const conversion = rowsToEvents(input, {
    sourceId,
    lang: dataset.site.lang,
    status,
    now,
    existing: { eventIds: dataset.events.map((e) => e.id), groups: dataset.groups, eras: dataset.eras },
  });
  const { files, lines } = await plan(root, data, dataset, conversion);
  const summary = { ...conversion.report, dryRun: options.dryRun, lines };
  if (input.blankRows.length) summary.notes = [...summary.notes, `blank ${input.blankRows.length === 1 ? "row" : "rows"} ${input.blankRows.join(", ")} skipped`];

  if (conversion.events.length === 0) {
    return { code: 1, report: `${formatReport({ ...summary, lines: ["Nothing was written: no row could be imported as an event."] })}`, written: [], conversion };
  }
  const problems = await validatePlanned(root, data, files);
  if (problems.length) {
    const failed = ["Nothing was written: the result would not validate:", ...problems.map((p) => `  ${p}`)];
    return { code: 1, report: formatReport({ ...summary, lines: failed }), written: [], conversion };
  }
  if (!options.dryRun) await writePlanned(data, files);
  return { code: 0, report: formatReport(summary), written: options.dryRun ? [] : files.map((f) => f.path), conversion };
}

/** The file name as a source id, made unique against sources and existing documents and events files. */
async function freeSourceId(data: string, dataset: Dataset, fileName: string): Promise<string> {
  const base = clip(slugify(fileName.replace(/\.[^.]*$/, "")), 70) || "timeline";
  const exists = (path: string) => access(join(data, path)).then(() => true, () => false);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (dataset.sources.some((s) => s.id === id || s.file === `${id}.txt`)) continue;
    if ((await exists(`documents/${id}.txt`)) || (await exists(`events/${id}.json`))) continue;
    return id;
  }
}

/** The files to write and the report's lines about them. */
async function plan(root: string, data: string, dataset: Dataset, c: TimelineConversion): Promise<{ files: PlannedFile[]; lines: string[] }> {
  const files: PlannedFile[] = [];
  const lines: string[] = [];
  const shown = (path: string) => shownPath(root, data, path);
  const id = c.source.id;
  files.push({ path: `documents/${c.source.file}`, text: c.document, create: true });
  lines.push(`${shown(`documents/${c.source.file}`)}: the timeline, row by row (the document of source ${id}, kind "timeline")`);
  const counts = ["published", "reviewed", "draft"].map((s) => [s, c.events.filter((e) => e.status === s).length] as const).filter(([, n]) => n);
  files.push({ path: `events/${id}.json`, text: `${JSON.stringify({ $schema: "../../src/schema/generated/events.schema.json", events: c.events }, null, 2)}\n`, create: true });
  lines.push(`${shown(`events/${id}.json`)}: ${c.events.length} events (${counts.map(([s, n]) => `${n} ${s}`).join(", ")})`);

  const sources = await readFile(join(data, "sources.json"), "utf8");
  files.push({ path: "sources.json", text: applyEdits(sources, modify(sources, ["sources", -1], c.source, { ...FORMAT, isArrayInsertion: true })), create: false });
  lines.push(`${shown("sources.json")}: source ${id} added (publisher, author and publication date unknown: fill them in if you know them)`);

  for (const [name, key, added] of [["groups.json", "groups", c.groups], ["eras.json", "eras", c.eras]] as const) {
    if (!added.length) continue;
    const text = await readFile(join(data, name), "utf8").catch(() => undefined);
    const next = text === undefined
      ? `${JSON.stringify({ $schema: `../src/schema/generated/${name.replace(".json", ".schema.json")}`, [key]: added }, null, 2)}\n`
      : added.reduce((t, item) => applyEdits(t, modify(t, [key, -1], item, { ...FORMAT, isArrayInsertion: true })), text);
    files.push({ path: name, text: next, create: text === undefined });
    lines.push(`${shown(name)}: ${added.length} ${key} added (${added.map((g) => g.id).join(", ")})${text === undefined ? " (new file)" : ""}`);
  }

  let site = await readFile(join(data, "site.json"), "utf8");
  const changes: string[] = [];
  for (const key of ["title", "description"] as const) {
    const value = c.site?.[key];
    if (value === undefined || value === dataset.site[key]) continue;
    site = applyEdits(site, modify(site, [key], value, FORMAT));
    changes.push(`${key} "${value}" (was "${dataset.site[key]}")`);
  }
  if (changes.length) {
    files.push({ path: "site.json", text: site, create: false });
    lines.push(`${shown("site.json")}: from the title slide, ${changes.join("; ")}`);
  }
  return { files, lines };
}

/** `datelines import FILE [--status S] [--dry-run] [--report FILE]`: the report on stdout (and in FILE). */
export async function importCommand(args: { file?: string; status?: string; dryRun?: boolean; report?: string }): Promise<number> {
  if (!args.file) {
    console.error("Usage: datelines import <timeline.csv|.xlsx|.json> [--status draft|reviewed|published] [--dry-run] [--report FILE]");
    return 2;
  }
  const root = process.cwd();
  const data = process.env.DATELINES_DATA ?? join(root, "_data");
  try {
    const result = await importTimeline({ root, data, file: args.file, status: args.status as Status | undefined, dryRun: args.dryRun });
    process.stdout.write(result.report);
    if (args.report) await writeFile(args.report, result.report);
    return result.code;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return error.code;
    }
    if (error instanceof DatasetValidationError) {
      console.error(`${error.message}\nNothing was imported: the data must validate before an import.`);
      return 1;
    }
    throw error;
  }
}
