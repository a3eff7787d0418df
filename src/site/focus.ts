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
 * themselves are not kept, only what the next run needs of them.
 */
export interface Shown {
  events: Map<string, string>;
  rest: string;
  /** Every page (an item of a list in `each`) by `list + key`: its folder's URL where removing it when gone is safe. */
  pages: Map<string, string | undefined>;
  /** The groups of pages that show events (pages that share a list of events share a group). */
  groups: Group[];
}

/**
 * The pages (`list + key`) that hold one list of events, or one event, and the ids of the events
 * in it. A `counted` list is one a page reads for its size only: the whole list of a country,
 * tag, group or source (`item.events` of a listing page, paging.ts `listingPages`), whose pages
 * each show a part of it.
 */
interface Group {
  keys: string[];
  counted: boolean;
  ids: string[];
}

/** Each event as written, kept as text from one run to the next (an unchanged events file gives the same records). */
const written = new WeakMap<object, string>();
const asWritten = (event: object) => written.get(event) ?? written.set(event, JSON.stringify(event)).get(event)!;

/** What `lists`, made from `dataset`, show; and each item's page key, to select items by. */
export function snapshot(dataset: Dataset, lists: PageLists): { shown: Shown; keys: Map<unknown, string> } {
  const { events, documents: _documents, ...others } = dataset;
  const pages = new Map<string, string | undefined>();
  const groups: Group[] = [];
  const keys = new Map<unknown, string>();
  // The pages of a country, tag or feed hold the same list of its events: each list is read once.
  const [shownLists, countedLists] = [new Map<unknown[], Group>(), new Map<unknown[], Group>()];
  const groupOf = (list: unknown[], counted: boolean): Group => {
    const lists = counted ? countedLists : shownLists;
    let group = lists.get(list);
    if (!group) {
      lists.set(list, (group = { keys: [], counted, ids: eventsIn(list, [], 1) }));
      groups.push(group);
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
      for (const { list, counted } of listsIn(item, own)) groupOf(list, counted).keys.push(key);
      if (own.size) groups.push({ keys: [key], counted: false, ids: [...own] });
    }
  }
  return { shown: { events: new Map(events.map((e) => [e.id, asWritten(e)])), rest: JSON.stringify(others), pages, groups }, keys };
}

/** The ids of events added, removed or changed between two runs. */
export function changedEvents(before: Shown, after: Shown): Set<string> {
  const changed = new Set<string>();
  for (const [id, json] of after.events) if (before.events.get(id) !== json) changed.add(id);
  for (const id of before.events.keys()) if (!after.events.has(id)) changed.add(id);
  return changed;
}

/**
 * The pages (`list + key`) to render after an edit to `ids`: those that show one of them, before
 * or after. Where an event joined or left a list, or moved within it to another page (its date, its
 * countries, tags, group or sources changed; it was added, taken out or unpublished), also every
 * page that counts it: the other pages of its country, tag, group and source.
 */
export function pagesShowing(ids: ReadonlySet<string>, before: Shown, after: Shown): Set<string> {
  const found = new Set<string>();
  const [was, is] = [pagesOf(before, ids), pagesOf(after, ids)];
  for (const id of ids) {
    const [then, now] = [was.get(id)!, is.get(id)!];
    const moved = !sameSet(then.shown, now.shown) || !sameSet(then.counted, now.counted);
    for (const key of [...then.shown, ...now.shown, ...(moved ? [...then.counted, ...now.counted] : [])]) found.add(key);
  }
  return found;
}

/** The pages that show, or count, each of `ids`: one pass over every group. */
function pagesOf(shown: Shown, ids: ReadonlySet<string>): Map<string, { shown: Set<string>; counted: Set<string> }> {
  const pages = new Map([...ids].map((id) => [id, { shown: new Set<string>(), counted: new Set<string>() }]));
  for (const group of shown.groups) {
    for (const id of group.ids) {
      const of = pages.get(id);
      if (of) for (const key of group.keys) of[group.counted ? "counted" : "shown"].add(key);
    }
  }
  return pages;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));

type Item = Record<string, unknown>;

const isEventView = (value: Item): value is Item & { event: { id: string } } =>
  typeof value.url === "string" && typeof (value.event as { id?: unknown } | undefined)?.id === "string";

/**
 * The lists a page's item holds within a few levels (not through its timeline), those under its
 * `item` (a listing page's whole country, tag, group or source) as counted; the event views it holds
 * outside lists go into `own`.
 */
function listsIn(value: unknown, own: Set<string>, found: { list: unknown[]; counted: boolean }[] = [], depth = 0, counted = false): { list: unknown[]; counted: boolean }[] {
  if (!value || typeof value !== "object" || depth > 3) return found;
  if (Array.isArray(value)) found.push({ list: value, counted });
  else if (isEventView(value as Item)) own.add((value as Item & { event: { id: string } }).event.id);
  else for (const key in value as Item) if (key !== "timeline") listsIn((value as Item)[key], own, found, depth + 1, counted || (depth === 0 && key === "item"));
  return found;
}

/** The ids of the events a value shows (`found`): it is one of their event views, or holds them within a few levels (not through a timeline). */
function eventsIn(value: unknown, found: string[], depth = 0): string[] {
  if (!value || typeof value !== "object" || depth > 4) return found;
  if (Array.isArray(value)) {
    for (const v of value) eventsIn(v, found, depth + 1);
    return found;
  }
  const item = value as Item;
  if (isEventView(item)) found.push(item.event.id);
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
