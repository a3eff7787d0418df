/**
 * `datelines promote <draft-id> [--id <slug>] [--to <events-file>]`: appends a curated
 * event built from a draft to an events file, with status "draft" (only published
 * events appear on the site) and a headline and summary marked "TODO: …" for the
 * editor to write. Refuses a draft that matches a curated event, an id already in use,
 * and any result `datelines validate` would reject (the file is then left as it was).
 */
import { readFile, writeFile, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import countries from "i18n-iso-countries";
import { applyEdits, modify } from "jsonc-parser";
import { DatasetValidationError, formatProblem, loadDataset, type Dataset } from "../validate/index.ts";
import { Event } from "../schema/index.ts";
import { matchCurated } from "../extract/drafts/propose.ts";
import type { Draft } from "../extract/drafts/schema.ts";
import { draftsPath, findDraft, serializeDrafts, writeIfChanged } from "./drafts-store.ts";
import { draftsFor } from "./extract-drafts.ts";
import { slugify } from "../core/slug.ts";
import { sliceCodePoints } from "../core/code-points.ts";
import { periodKey } from "../core/partial-date.ts";

export interface PromoteOptions {
  root: string;
  data: string;
  draftId: string;
  /** Slug for the event id; the date is put in front ("arrives-in-laos" → 2020-03-29-arrives-in-laos). */
  id?: string;
  /** Events file: a name in <data>/events/ ("2020-03.json") or a path to one. Default: the date's month file. */
  to?: string;
  /** The time written to added/updated (default: now). */
  now?: Date;
}

export interface PromoteResult {
  eventId: string;
  /** The events file written. */
  file: string;
  created: boolean;
  event: Record<string, unknown>;
}

export class PromoteError extends Error {
  override name = "PromoteError";
}

const EVENTS_SCHEMA_REF = "../../src/schema/generated/events.schema.json";
const FORMAT = { insertSpaces: true, tabSize: 2, eol: "\n" } as const;

export async function promoteDraft(options: PromoteOptions): Promise<PromoteResult> {
  const dataset = await load(options);
  const found = await findDraft(options.data, options.draftId);
  if (!found) throw new PromoteError(`No draft "${options.draftId}" in ${draftsPath(options.data, "<source>")}; run \`datelines extract\` and copy an id from the review page.`);
  const { draft } = found;
  checkFresh(draft, dataset);
  if (draft.matches) {
    throw new PromoteError(`Draft ${draft.id} matches curated event "${draft.matches}", which already cites this passage: edit that event instead.`);
  }
  const overlapping = matchCurated(dataset.events, draft.source, draft.evidence, draft.date);
  if (overlapping) {
    throw new PromoteError(`Draft ${draft.id} overlaps curated event "${overlapping.id}", which already cites this passage: edit that event instead (re-run \`datelines extract\` to refresh the drafts).`);
  }
  const eventId = eventIdFor(draft, options.id);
  if (dataset.events.some((e) => e.id === eventId)) {
    throw new PromoteError(`An event with id "${eventId}" already exists; choose another with --id <slug>.`);
  }
  const now = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const event = buildEvent(draft, eventId, now);
  const checked = Event.safeParse(event);
  if (!checked.success) throw new PromoteError(`The event built from ${draft.id} is not valid: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);

  const file = eventsFile(options, draft);
  const before = await readFile(file, "utf8").catch(() => undefined);
  await writeFile(file, before === undefined ? newEventsFile(event) : appendEvent(before, event, file));
  const after = await loadDataset({ root: options.root, data: options.data });
  if (!after.ok) {
    if (before === undefined) await rm(file);
    else await writeFile(file, before);
    throw new PromoteError(`The promoted event would not validate, so ${relative(options.root, file)} was left as it was:\n${after.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  }
  // The draft now matches the new event: refresh this source's drafts as `extract` would.
  // (A reference date given with --published is kept.)
  const source = after.dataset.sources.find((s) => s.id === draft.source)!;
  const published = found.file.reference.basis === "option" ? found.file.reference.date : undefined;
  const refreshed = await draftsFor(source, after.dataset, { root: options.root, data: options.data, source: source.id, published });
  await writeIfChanged(draftsPath(options.data, source.id), serializeDrafts(refreshed));
  return { eventId, file, created: before === undefined, event };
}

async function load(options: PromoteOptions): Promise<Dataset> {
  const loaded = await loadDataset({ root: options.root, data: options.data });
  if (!loaded.ok) throw new DatasetValidationError(loaded.problems);
  return loaded.dataset;
}

/** The draft's evidence must still be in the document at its offsets. */
function checkFresh(draft: Draft, dataset: Dataset): void {
  const text = dataset.documents.get(draft.source);
  if (text === undefined) throw new PromoteError(`Draft ${draft.id} is from source "${draft.source}", which is no longer in sources.json.`);
  const quote = sliceCodePoints(text, draft.evidence.start, draft.evidence.end);
  if (quote !== draft.evidence.quote) {
    throw new PromoteError(`The document of "${draft.source}" changed since draft ${draft.id} was made; run \`datelines extract --source ${draft.source}\` again.`);
  }
}

export function buildEvent(draft: Draft, id: string, now: string): Record<string, unknown> {
  const codes = draft.countries.filter((c) => countries.isValid(c));
  return {
    id,
    status: "draft",
    date: draft.date,
    headline: `TODO: headline (from draft ${draft.id} of ${draft.source})`,
    summary: "TODO: summary: what happened, where, and which source reports it, in the site's language.",
    citations: [
      {
        source: draft.source,
        quote: draft.evidence.quote,
        lang: draft.evidence.lang,
        start: draft.evidence.start,
        end: draft.evidence.end,
        // "yesterday", "last Friday": the day comes from the report's date, and the page says so.
        ...(inferredDay(draft) ? { dateAs: draft.mention.text } : {}),
      },
    ],
    countries: codes,
    ...(draft.places?.length ? { places: draft.places } : {}),
    tags: [],
    added: now,
    updated: now,
  };
}

/** A day the text gives only relative to the report ("yesterday", a weekday), not as a date. */
function inferredDay(draft: Draft): boolean {
  return draft.date.precision === "day" && !draft.stated.includes("day") && draft.evidence.quote.includes(draft.mention.text);
}

/** date + slug: the given one, or places and countries named in the evidence plus the draft's hash. */
export function eventIdFor(draft: Draft, given?: string): string {
  const datePrefix = /^\d{4}(?:-\d{2}(?:-\d{2})?)?-/;
  if (given !== undefined) {
    const slug = slugify(given);
    if (!slug) throw new PromoteError(`--id "${given}" has no letters or digits a permalink can use; write it in Latin letters, e.g. --id arrives-in-laos`);
    return (datePrefix.test(slug) ? slug : `${draft.date.start}-${slug}`).slice(0, 80).replace(/-+$/, "");
  }
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const words = [...(draft.places ?? []), ...draft.countries.map((c) => names.of(c) ?? c)].slice(0, 3);
  const hash = draft.id.slice(2, 8);
  const middle = slugify(words.join(" ")).slice(0, 80 - draft.date.start.length - hash.length - 2).replace(/-+$/, "");
  // Without a name to go on, a word keeps the hash from reading as the date's day ("2024-04-30bb8b").
  return [draft.date.start, middle || "event", hash].join("-");
}

function eventsFile(options: PromoteOptions, draft: Draft): string {
  const eventsDir = resolve(options.data, "events");
  const to = options.to ?? `${periodKey(draft.date.start, draft.date.precision)}.json`;
  const file = to.includes("/") || to.includes("\\") ? resolve(to) : join(eventsDir, to.endsWith(".json") ? to : `${to}.json`);
  if (dirname(file) !== eventsDir || !basename(file).endsWith(".json")) {
    throw new PromoteError(`--to must name a .json file in ${relative(options.root, eventsDir) || eventsDir}/ (the validator reads only those), got "${to}"`);
  }
  return file;
}

function newEventsFile(event: Record<string, unknown>): string {
  return `${JSON.stringify({ $schema: EVENTS_SCHEMA_REF, events: [event] }, null, 2)}\n`;
}

/** Appends to the "events" array with a minimal edit, keeping the editor's formatting. */
function appendEvent(text: string, event: Record<string, unknown>, file: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PromoteError(`${file} is not valid JSON; fix it first (datelines validate)`);
  }
  if (!Array.isArray((value as { events?: unknown }).events)) throw new PromoteError(`${file} has no "events" array`);
  return applyEdits(text, modify(text, ["events", -1], event, { formattingOptions: FORMAT, isArrayInsertion: true }));
}
