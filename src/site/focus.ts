/**
 * `datelines serve`: after the first whole build, an edit to event files renders only the pages
 * that show the events it changed, in every language: each page (an item of a paginated list,
 * page-lists.ts) that shows one of them now or showed one before the edit, and the pages made
 * once per language (front page, indexes). Pages that no longer exist (an event taken out, a
 * month left without events) are removed. A change to anything else (site.json, sources,
 * templates) renders the whole site again where it is built in one process; a large site,
 * built in processes, says it needs a whole build.
 *
 * Not rendered again until the next whole build: other events' pages that name a changed event
 * among their related events, and on a large site the search files.
 */
import { rmSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { Dataset } from "../validate/index.ts";
import type { PageLists } from "./page-lists.ts";
import type { Timeline } from "./views.ts";

let served: { dataset?: Dataset } | undefined;

/**
 * Starts serving: later Eleventy runs in this process render only what edits change. `builtWhole`:
 * the data a whole build in processes (a large site) already wrote the site from.
 */
export function startServing(builtWhole?: Dataset): void {
  served = builtWhole && { dataset: builtWhole };
  process.env.DATELINES_FOCUS = "1";
}

/** Whether the site being served was built whole in processes (a large site). */
export function builtInProcesses(): boolean {
  return served !== undefined;
}

/** The data the whole build in processes read, once, for the first run to compare with (it is let go after). */
export function takeBuiltData(): Dataset | undefined {
  const dataset = served?.dataset;
  if (served) delete served.dataset;
  return dataset;
}

/** Whether every file of an edit (as Eleventy's watcher reports them) is an event file of the data folder `data`. */
export function onlyEventFiles(data: string, files: readonly string[]): boolean {
  const events = resolve(data, "events") + sep;
  return files.every((file) => resolve(file).startsWith(events));
}

/**
 * What one run of the server showed, kept for the next to find what an edit changed: each event
 * as written, the data outside events/, and every page with the events it shows. The timelines
 * themselves are not kept (at 10,000 events, holding the previous run's doubled the heap and the
 * time spent collecting it).
 */
export interface Shown {
  events: Map<string, string>;
  rest: string;
  /** Every page (an item of a list in `each`) by `list + key`: its folder's URL where removing it when gone is safe. */
  pages: Map<string, string | undefined>;
  /** For each event, by id: the groups of pages that show it (pages that share a list of events share a group). */
  byEvent: Map<string, Group[]>;
}

/** The pages (`list + key`) that hold one list of events, or one event. */
interface Group {
  keys: string[];
}

/** What `lists`, made from `dataset`, show; and each item's page key, to select items by. */
export function snapshot(dataset: Dataset, lists: PageLists): { shown: Shown; keys: Map<unknown, string> } {
  const { events, documents: _documents, ...others } = dataset;
  const pages = new Map<string, string | undefined>();
  const byEvent = new Map<string, Group[]>();
  const keys = new Map<unknown, string>();
  // The pages of a country, tag or feed hold the same list of its events: each list is read once.
  const groups = new Map<unknown[], Group>();
  const groupOf = (list: unknown[]): Group => {
    let group = groups.get(list);
    if (!group) {
      groups.set(list, (group = { keys: [] }));
      for (const id of eventsIn(list, new Set(), 1)) (byEvent.get(id) ?? byEvent.set(id, []).get(id)!).push(group);
    }
    return group;
  };
  for (const [list, items] of Object.entries(lists.each)) {
    for (const item of items as Item[]) {
      const key = `${list}\u0000${keyOf(item)}`;
      keys.set(item, key);
      const { url, timeline } = item as { url?: unknown; timeline?: Timeline };
      pages.set(key, typeof url === "string" && url.endsWith("/") && url !== `${timeline?.prefix ?? ""}/` ? url : undefined);
      const own = new Set<string>();
      for (const list of listsIn(item, own)) groupOf(list).keys.push(key);
      if (own.size) {
        const group = { keys: [key] };
        for (const id of own) (byEvent.get(id) ?? byEvent.set(id, []).get(id)!).push(group);
      }
    }
  }
  return { shown: { events: new Map(events.map((e) => [e.id, JSON.stringify(e)])), rest: JSON.stringify(others), pages, byEvent }, keys };
}

/** The ids of events added, removed or changed between two runs. */
export function changedEvents(before: Shown, after: Shown): Set<string> {
  const changed = new Set<string>();
  for (const [id, json] of after.events) if (before.events.get(id) !== json) changed.add(id);
  for (const id of before.events.keys()) if (!after.events.has(id)) changed.add(id);
  return changed;
}

/** The pages (`list + key`) that show one of `ids` after an edit, or showed one before it. */
export function pagesShowing(ids: ReadonlySet<string>, before: Shown, after: Shown): Set<string> {
  const found = new Set<string>();
  for (const id of ids) for (const group of [...(before.byEvent.get(id) ?? []), ...(after.byEvent.get(id) ?? [])]) for (const key of group.keys) found.add(key);
  return found;
}

type Item = Record<string, unknown>;

const isEventView = (value: Item): value is Item & { event: { id: string } } =>
  typeof value.url === "string" && typeof (value.event as { id?: unknown } | undefined)?.id === "string";

/** The lists a page's item holds within a few levels (not through its timeline); the event views it holds outside them go into `own`. */
function listsIn(value: unknown, own: Set<string>, found: unknown[][] = [], depth = 0): unknown[][] {
  if (!value || typeof value !== "object" || depth > 3) return found;
  if (Array.isArray(value)) found.push(value);
  else if (isEventView(value as Item)) own.add((value as Item & { event: { id: string } }).event.id);
  else for (const key in value as Item) if (key !== "timeline") listsIn((value as Item)[key], own, found, depth + 1);
  return found;
}

/** The ids of the events a value shows: it is one of their event views, or holds them within a few levels (not through a timeline). */
function eventsIn(value: unknown, found: Set<string>, depth = 0): Set<string> {
  if (!value || typeof value !== "object" || depth > 4) return found;
  if (Array.isArray(value)) {
    for (const v of value) {
      // Most lists are lists of event views: those are taken without a call.
      if (v && typeof v === "object" && isEventView(v as Item)) found.add((v as Item & { event: { id: string } }).event.id);
      else eventsIn(v, found, depth + 1);
    }
    return found;
  }
  const item = value as Item;
  if (isEventView(item)) found.add(item.event.id);
  else for (const key in item) if (key !== "timeline") eventsIn(item[key], found, depth + 1);
  return found;
}

/** What tells a page's item from the others of its list, from one version of the data to the next. */
function keyOf(item: Item): string {
  return [item.url, item.page, item.key, item.atom, item.lang].join("|");
}

/** Removes the pages shown `before` that are gone `after` (an event taken out, a month or tag left without events): each one's folder, with its print view, feeds and files. Returns their URLs. */
export function removeGonePages(output: string, before: Shown, after: Shown): string[] {
  const gone: string[] = [];
  for (const [key, url] of before.pages) {
    if (url === undefined || after.pages.has(key)) continue;
    rmSync(join(output, decodeURI(url)), { recursive: true, force: true });
    gone.push(url);
  }
  return gone;
}
