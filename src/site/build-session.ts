/**
 * What one build reads once: the validated data, its processed media, the words Thai line
 * breaking must keep together, and each language's timeline, made when a page first needs it.
 *
 * `datelines build` renders the site in several Eleventy runs (a language at a time, each in
 * parts when the timeline is large: src/cli/eleventy.ts), because a run keeps what it renders in
 * memory until it ends: Eleventy the pages it renders, and the build what it made once per event
 * (view-memo.ts). The runs of one build share a session, so the data is read
 * and each timeline built once, not once per run. Without an open session (`datelines serve`, a
 * PDF slice) every run reads the data afresh, so an edit shows in the next rebuild.
 */
import { join } from "node:path";
import type { Event } from "../schema/index.ts";
import { DatasetValidationError, loadDataset, type Dataset } from "../validate/index.ts";
import type { UnchangedFiles } from "../validate/unchanged-files.ts";
import { dataStatus } from "./data-status.ts";
import { siteWordsToKeep } from "./keep-together.ts";
import type { ImageSettings } from "./media/image-processing.ts";
import { prepareMedia, type PreparedMedia } from "./media/media-library.ts";
import { patchTimeline, wordEdits } from "./text-edits.ts";
import { buildTimelines, type Timeline } from "./timeline.ts";

export interface BuildSession {
  dataset: Dataset;
  media: PreparedMedia;
  /** Names and loanwords kept on one line in Thai text, from every language of the site. */
  wordsToKeep: string[];
  /** The timelines of these languages (tags, as in site.json), or of every language; those of languages not asked for are let go. */
  timelines(languages?: readonly string[]): Timeline[];
  /**
   * Serving: takes `dataset`, a newer version of this session's data, if only events' words
   * changed (text-edits.ts), patching the timelines built so far; returns the edited events.
   * Undefined, and the session unchanged, when the timelines must be built again.
   */
  takeWordEdits(dataset: Dataset): Event[] | undefined;
}

/** The data folder of a project: $DATELINES_DATA, else _data/ under `root`. */
export function dataFolder(root: string): string {
  return process.env.DATELINES_DATA ?? join(root, "_data");
}

/** Where processed pictures are cached, and whether remote ones may be downloaded: $DATELINES_CACHE (else <root>/.cache) and $DATELINES_OFFLINE=1. */
export function imageSettings(root: string, { cache, offline }: { cache?: string; offline?: boolean } = {}): ImageSettings {
  return { cacheDir: cache ?? process.env.DATELINES_CACHE ?? join(root, ".cache"), offline: offline ?? process.env.DATELINES_OFFLINE === "1" };
}

/**
 * Published events in one part of a language's build (default 2,500; $DATELINES_EVENTS_PER_PART):
 * a part holds the pages Eleventy renders and what is made once per event in memory until it ends.
 */
export function eventsPerPart(): number {
  const value = process.env.DATELINES_EVENTS_PER_PART;
  if (value === undefined) return 2500;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`DATELINES_EVENTS_PER_PART=${value}: expected a whole number of events above 0, e.g. 2500.`);
  return Number(value);
}

/** How many parts a language of `dataset` is built in. */
export function partsFor(dataset: Dataset): number {
  return Math.max(1, Math.ceil(dataset.events.filter((e) => e.status === "published").length / eventsPerPart()));
}

let open: { data: string; dataset: Dataset; session?: Promise<BuildSession> } | undefined;

/** Starts sharing one session among the runs of a build of `dataset`, read and validated from `data`, until `closeBuildSession`. */
export function openBuildSession(data: string, dataset: Dataset): void {
  open = { data, dataset };
}

export function closeBuildSession(): void {
  open = undefined;
}

/** The open session for `data`, or a new one that no other run shares. */
export function buildSession(root: string, data: string, images: ImageSettings): Promise<BuildSession> {
  if (open?.data !== data) return loadSession(root, data, images);
  return (open.session ??= startSession(open.dataset, data, images));
}

async function loadSession(root: string, data: string, images: ImageSettings): Promise<BuildSession> {
  return startSession(await loadValid(root, data), data, images);
}

/** The data of `data`, valid, or a DatasetValidationError listing every problem. `unchanged`: see loadDataset. */
export async function loadValid(root: string, data: string, unchanged?: UnchangedFiles): Promise<Dataset> {
  const result = await loadDataset({ root, data, unchanged });
  dataStatus.problems = result.ok ? [] : result.problems;
  if (!result.ok) throw new DatasetValidationError(result.problems);
  return result.dataset;
}

export async function startSession(dataset: Dataset, data: string, images: ImageSettings): Promise<BuildSession> {
  // Pictures are processed once, before any page renders, for every language and feed.
  const media = await prepareMedia(dataset.events, data, images);
  const languages = (dataset.site.languages ?? [{ lang: dataset.site.lang }]).map((l) => l.lang);
  const built = new Map<string, Timeline>();
  const session: BuildSession = {
    dataset,
    media,
    wordsToKeep: siteWordsToKeep(dataset),
    timelines(wanted = languages) {
      // A build asks for one language's timeline in each of its runs: those of languages it has finished with are let go.
      for (const lang of built.keys()) if (!wanted.includes(lang)) built.delete(lang);
      const missing = wanted.filter((lang) => !built.has(lang));
      for (const timeline of buildTimelines(session.dataset, media, missing)) built.set(timeline.lang, timeline);
      return languages.filter((lang) => wanted.includes(lang)).map((lang) => built.get(lang)!);
    },
    takeWordEdits(next) {
      const edits = wordEdits(session.dataset, next);
      if (!edits) return undefined;
      for (const timeline of built.values()) patchTimeline(timeline, edits, next, media);
      session.dataset = next;
      return edits;
    },
  };
  return session;
}
