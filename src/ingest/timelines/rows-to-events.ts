/**
 * Timeline rows → what the import writes: one source of kind "timeline" whose document is
 * the timeline itself, an event per event slide quoting its own row, new groups and eras,
 * the title slide as the site's title and description, and a report line for every row.
 * Pure: the caller passes what already exists (event ids, groups, eras) and writes files.
 */
import { Event, type Era, type Group, type MediaItem, type Source } from "../../schema/index.ts";
import type { z } from "zod";
import { eraDates, type RowProblem } from "./dates.ts";
import { htmlToPlain, shorten } from "./html-to-inline.ts";
import { short, type ReportSummary, type RowReport } from "./report.ts";
import { rowEvent } from "./row-event.ts";
import type { TimelineInput, TimelineRow } from "./row.ts";
import { clip, slugify, unique } from "../../core/slug.ts";
import { timelineDocument, type QuotedRow } from "./timeline-document.ts";

export type Status = "draft" | "reviewed" | "published";
export type EventInput = z.input<typeof Event>;

export interface ConvertOptions {
  /** Default: the file name as a slug. */
  sourceId?: string;
  /** The site's language: labels, the source and its quotes (default "en"). */
  lang?: string;
  /** Status of events that can have it (default "published"); events that cannot be published come in as drafts. */
  status?: Status;
  /** added/updated of the events, and the date in the source note (default: now). */
  now?: string;
  /** What the dataset already has, so ids stay unique and groups and eras are reused. */
  existing?: { eventIds?: Iterable<string>; groups?: readonly Group[]; eras?: readonly Era[] };
  publishedBasis?: Source["published"];
}

export interface TimelineConversion {
  source: Source;
  document: string;
  events: EventInput[];
  /** Groups and eras to add (ones already in the dataset are reused, not repeated). */
  groups: Group[];
  eras: Era[];
  /** From the title slide. */
  site?: { title?: string; description?: string };
  report: Omit<ReportSummary, "lines" | "dryRun">;
}

const ALWAYS = ["cite the original reporting (the event only quotes the imported timeline); add countries and tags"];

export function rowsToEvents(input: TimelineInput, options: ConvertOptions = {}): TimelineConversion {
  const lang = options.lang ?? "en";
  const now = options.now ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const sourceId = options.sourceId ?? (clip(slugify(input.fileName.replace(/\.[^.]*$/, "")), 80) || "timeline");
  const taken = new Set(options.existing?.eventIds ?? []);
  const existingGroups = options.existing?.groups ?? [];
  const groupIds = new Set(existingGroups.map((g) => g.id));
  const eraIds = new Set((options.existing?.eras ?? []).map((e) => e.id));
  const groups: Group[] = [];
  const eras: Era[] = [];
  const rows: RowReport[] = [];
  const quoted: QuotedRow[] = [];
  const built: { row: TimelineRow; event: EventInput }[] = [];
  let site: TimelineConversion["site"];
  let titleRow: TimelineRow | undefined;

  for (const row of input.rows) {
    const report: RowReport = { label: row.label, outcome: "", imported: false, mapped: [], todo: [], problems: [] };
    rows.push(report);
    quoted.push({ row });
    if (row.kind === "title" && !titleRow) {
      titleRow = row;
      site = titleSlide(row, report);
      continue;
    }
    if (row.kind === "era") {
      era(row, report);
      continue;
    }
    const result = rowEvent(row);
    if ("problems" in result) {
      Object.assign(report, { outcome: "not imported", problems: result.problems });
      continue;
    }
    const id = unique(result.idBase, taken, 80);
    const status: Status = (options.status ?? "published") === "published" && result.blocks.length ? "draft" : (options.status ?? "published");
    if (row.kind === "title") report.mapped.push("a second title slide: imported as an event");
    report.mapped.push(...result.mapped);
    if (id !== result.idBase) report.mapped.push(`id ${result.idBase} is already used: this event is ${id}`);
    const group = result.group === undefined ? undefined : groupFor(result.group, report);
    const event: EventInput = {
      id,
      status,
      date: result.date,
      headline: result.headline,
      summary: result.summary,
      citations: [{ source: sourceId, quote: "…", lang, start: 0, end: 1 }],
      countries: [],
      tags: [],
      ...(group ? { group } : {}),
      ...(result.media ? { media: [result.media as MediaItem] } : {}),
      added: now,
      updated: now,
    };
    const checked = Event.safeParse(event);
    if (!checked.success) {
      report.outcome = "not imported";
      report.problems.push(...checked.error.issues.map((i) => ({ column: i.path.join("."), message: i.message })));
      continue;
    }
    report.imported = true;
    report.outcome = `imported as ${id} (${status}${status !== (options.status ?? "published") ? ": cannot be published as it is" : ""})`;
    report.todo.push(...result.blocks, ...result.todo, ...ALWAYS);
    quoted[quoted.length - 1]!.quote = result.quote;
    built.push({ row, event });
  }

  const document = timelineDocument(input, quoted);
  for (const { row, event } of built) {
    const q = document.quotes.get(row)!;
    event.citations = [{ source: sourceId, quote: q.quote, lang, start: q.start, end: q.end }];
  }
  const headline = titleRow?.headline ? htmlToPlain(titleRow.headline.value).text : "";
  const source: Source = {
    id: sourceId as Source["id"],
    kind: "timeline",
    file: `${sourceId}.txt`,
    title: headline ? shorten(headline, 300) : `[${input.fileName}]`,
    lang: lang as Source["lang"],
    published: options.publishedBasis ?? { basis: "unknown" },
    note: `Imported from ${input.fileName} with \`datelines import\` on ${now.slice(0, 10)}. The document is the timeline itself, row by row (SHA-256 ${input.sha256.slice(0, 16)}…); imported events quote their row until an editor cites the original reporting.`,
  };
  return {
    source,
    document: document.text,
    events: built.map((b) => b.event),
    groups,
    eras,
    ...(site ? { site } : {}),
    report: { file: input.fileName, format: input.format.toUpperCase(), notes: input.notes, rows, always: [`cite the original reporting: each event quotes only its row of the imported timeline (source ${sourceId})`, "add countries and tags"] },
  };

  function groupFor(name: string, report: RowReport): string {
    const label = shorten(name, 120);
    const known = [...existingGroups, ...groups].find((g) => g.id === slugify(name) || Object.values(g.label).includes(label));
    if (known) {
      report.mapped.push(`group "${short(name)}" → ${known.id}${groups.includes(known) ? "" : " (already in groups.json)"}`);
      return known.id;
    }
    const id = unique(clip(slugify(name), 40) || `group-${groups.length + 1}`, groupIds, 40);
    groups.push({ id, label: { [lang]: label } });
    report.mapped.push(`group "${short(name)}" → new group ${id}`);
    return id;
  }

  function era(row: TimelineRow, report: RowReport): void {
    const dates = eraDates(row.start, row.end, row.path);
    report.mapped.push(...dates.mapped);
    if (!dates.start || !dates.end) {
      Object.assign(report, { outcome: "not imported (era)", problems: dates.problems });
      return;
    }
    const headline = row.headline ? htmlToPlain(row.headline.value).text : "";
    const label = shorten(headline || `${dates.start}–${dates.end}`, 120);
    if (!headline) report.todo.push("name the era in eras.json (it had no headline)");
    const same = (options.existing?.eras ?? []).find((e) => e.id === slugify(label) && e.start === dates.start && e.end === dates.end);
    report.imported = true;
    if (same) {
      report.outcome = `era ${same.id} (already in eras.json)`;
      return;
    }
    const id = unique(clip(slugify(label), 40) || `era-${dates.start}`, eraIds, 40);
    eras.push({ id, label: { [lang]: label } as Era["label"], start: dates.start, end: dates.end });
    report.outcome = `era ${id}, ${dates.start} to ${dates.end}`;
    for (const f of [row.text, row.media?.url, row.group, row.displayDate, ...row.unmapped]) {
      if (f) report.mapped.push(`${f.column} "${short(f.value)}" kept in the document only (an era has a label and dates)`);
    }
  }
}

/** The title slide: its headline and text become the site's title and description. */
function titleSlide(row: TimelineRow, report: RowReport): TimelineConversion["site"] {
  report.imported = true;
  report.outcome = "title slide → the site's title and description";
  const title = row.headline ? htmlToPlain(row.headline.value).text : "";
  const description = row.text ? htmlToPlain(row.text.value).text : "";
  if (title) report.mapped.push(`${row.headline!.column} → site title${title.length > 120 ? " (shortened to 120 characters)" : ""}`);
  if (description) report.mapped.push(`${row.text!.column} → site description, as plain text${description.length > 500 ? " (shortened to 500 characters)" : ""}`);
  const dropped = [...Object.values(row.start), ...Object.values(row.end), ...Object.values(row.media ?? {}), row.group, row.displayDate, ...row.unmapped];
  for (const f of dropped) if (f) report.mapped.push(`${f.column} "${short(f.value)}" kept in the document only`);
  return { ...(title ? { title: shorten(title, 120) } : {}), ...(description ? { description: shorten(description, 500) } : {}) };
}

export type { RowProblem };
