/**
 * `datelines serve`: what one Eleventy run of the server keeps for the next (focus.ts says which
 * pages an edit changes). Each save reads again only the events files it changed
 * (validate/unchanged-files.ts); an edit to events' words alone patches the last run's timelines
 * (text-edits.ts) and keeps its lists of pages, so the pages that show the edited events are
 * found without looking through the whole site again. Any other edit builds the timelines again.
 */
import type { Event } from "../schema/index.ts";
import { UnchangedFiles } from "../validate/unchanged-files.ts";
import { loadValid, startSession, type BuildSession } from "./build-session.ts";
import { builtInProcesses, changedEvents, onlyEventFiles, pagesShowing, snapshot, takeBuiltData, type Shown } from "./focus.ts";
import type { ImageSettings } from "./media/image-processing.ts";
import { NO_MEDIA } from "./media/media-library.ts";
import { pageLists, selectPages, type PageLists } from "./page-lists.ts";
import { buildTimelines, type Timeline } from "./timeline.ts";

/** This run's pages: after `before`, as `after` shows them; only those of the changed events `ids`, or (no ids) all. */
export interface Rendering {
  before?: Shown;
  after: Shown;
  ids?: Set<string>;
}

export class ServedRuns {
  /** What this run renders; undefined when an edit changed nothing the site shows. */
  rendering: Rendering | undefined;
  #unchanged = new UnchangedFiles();
  #edited: readonly string[] = [];
  #session: Promise<BuildSession> | undefined;
  /** The last run's pages, while its timelines are kept: an edit to words alone renders from them again. */
  #last: { shown: Shown; lists?: PageLists; keys?: Map<unknown, string> } | undefined;
  #wordEdits: Event[] | undefined;

  constructor(
    private readonly data: string,
    private readonly languages?: readonly string[],
  ) {}

  /** The files changed since the last run, as Eleventy's watcher reports them. */
  edited(files: readonly string[]): void {
    this.#edited = files;
    if (!onlyEventFiles(this.data, files)) this.#unchanged.clear();
  }

  /** This run's session: the last one with the edit's words put in, or a new one. */
  session(root: string, images: ImageSettings): Promise<BuildSession> {
    const last = this.#session?.catch(() => undefined);
    this.#session = (async () => {
      const dataset = await loadValid(root, this.data, this.#unchanged);
      const previous = this.#last?.lists && onlyEventFiles(this.data, this.#edited) ? await last : undefined;
      this.#wordEdits = previous?.takeWordEdits(dataset);
      if (this.#wordEdits) return previous!;
      if (this.#last) this.#last = { shown: this.#last.shown }; // let the last run's timelines go
      return startSession(dataset, this.data, images);
    })();
    return this.#session;
  }

  /** The pages this run renders, of `timelines` (this run's session's); `whole`: the site's every page. */
  async pages(timelines: Timeline[], whole: (lists: PageLists) => Record<string, unknown[]>): Promise<Record<string, unknown[]>> {
    const { dataset } = await this.#session!;
    const nothing = (lists: PageLists) => selectPages(lists, () => [], () => []);
    const edited = this.#edited;
    this.#edited = [];
    if (this.#wordEdits && this.#last?.lists && this.#last.keys) {
      // The lists are the last run's: the edited events are on the same pages as before.
      const { shown: before, lists, keys } = this.#last;
      const after: Shown = { ...before, events: new Map(before.events) };
      for (const event of this.#wordEdits) after.events.set(event.id, JSON.stringify(event));
      const ids = new Set(this.#wordEdits.map((e) => e.id));
      this.#last = { shown: after, lists, keys };
      this.rendering = ids.size ? { before, after, ids } : undefined;
      if (!ids.size) return nothing(lists);
      const showing = pagesShowing(ids, before, after);
      return selectPages(lists, (items) => items, (items) => items.filter((item) => showing.has(keys.get(item)!)));
    }
    const lists = pageLists(timelines);
    const served = builtInProcesses();
    const built = this.#last ? undefined : takeBuiltData();
    const before = this.#last?.shown ?? (built && snapshot(built, pageLists(buildTimelines(built, NO_MEDIA, this.languages))).shown);
    const { shown: now, keys } = snapshot(dataset, lists);
    this.#last = { shown: now, lists, keys };
    const elsewhere = !before || !onlyEventFiles(this.data, edited) || before.rest !== now.rest;
    if (elsewhere && !served) {
      // A site built in one process is rendered whole: first, and after a change outside events/.
      this.rendering = { ...(before && { before }), after: now };
      return whole(lists);
    }
    if (elsewhere) console.warn("[datelines] A change outside events/ shows after a whole build: run `npm run build`, or restart `npm start`.");
    const ids = before ? changedEvents(before, now) : new Set<string>();
    this.rendering = before && ids.size ? { before, after: now, ids } : undefined;
    if (!before || ids.size === 0) return nothing(lists);
    const showing = pagesShowing(ids, before, now);
    return selectPages(lists, (items) => items, (items) => items.filter((item) => showing.has(keys.get(item)!)));
  }
}
