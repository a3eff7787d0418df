/**
 * `datelines serve` on a large site: after one whole build, an edit to event files renders only
 * the pages that show the events it changed, in every language: each page (an item of a
 * paginated list, page-lists.ts) that shows one of them now or showed one before the edit, and
 * the pages made once per language (front page, indexes). Pages that no longer exist (an event
 * taken out, a month left without events) are removed.
 *
 * Not rendered again until the next whole build: other events' pages that name a changed event
 * among their related events, the search files and the pages a change outside events/ touches.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../validate/index.ts";
import type { PageLists } from "./page-lists.ts";
import type { Timeline } from "./views.ts";

let served: Dataset | undefined;

/** Starts serving the site a whole build of `dataset` wrote: later runs in this process render only what edits change. */
export function serveAfterBuild(dataset: Dataset): void {
  served = dataset;
  process.env.DATELINES_FOCUS = "1";
}

/** The data the whole build read, when serving after one. */
export function servedData(): Dataset | undefined {
  return served;
}

/** The ids of events added, removed or changed between two versions of the data. */
export function changedEvents(before: Dataset, after: Dataset): Set<string> {
  const old = new Map(before.events.map((e) => [e.id, JSON.stringify(e)]));
  const changed = new Set<string>();
  for (const event of after.events) {
    if (old.get(event.id) !== JSON.stringify(event)) changed.add(event.id);
    old.delete(event.id);
  }
  for (const id of old.keys()) changed.add(id);
  return changed;
}

/** True when the data outside events/ is the same in both versions (a change there needs a whole build). */
export function onlyEventsChanged(before: Dataset, after: Dataset): boolean {
  const rest = ({ events: _events, documents: _documents, ...others }: Dataset) => JSON.stringify(others);
  return rest(before) === rest(after);
}

type Item = Record<string, unknown>;

const isEventView = (value: Item): value is Item & { event: { id: string } } =>
  typeof value.url === "string" && typeof (value.event as { id?: unknown } | undefined)?.id === "string";

/** Whether a page's item shows one of `ids`: it is one of their event views, or holds one within a few levels (not through its timeline). */
export function shows(value: unknown, ids: ReadonlySet<string>, depth = 0): boolean {
  if (!value || typeof value !== "object" || depth > 4) return false;
  if (Array.isArray(value)) return value.some((v) => shows(v, ids, depth + 1));
  const item = value as Item;
  if (isEventView(item)) return ids.has(item.event.id);
  for (const key in item) if (key !== "timeline" && shows(item[key], ids, depth + 1)) return true;
  return false;
}

/** What tells a page's item from the others of its list, from one version of the data to the next. */
export function keyOf(value: unknown): string {
  const item = value as Item;
  return [item.url, item.page, item.key, item.atom, item.lang].join("|");
}

/** The items of `lists` that show one of `ids`, by their keys. */
export function keysShowing(lists: Record<string, unknown[]>, ids: ReadonlySet<string>): Set<string> {
  return new Set(Object.values(lists).flatMap((items) => items.filter((item) => shows(item, ids)).map(keyOf)));
}

/**
 * Removes the pages that were in `before` and are no longer in `after` (an event taken out, a month or
 * tag left without events): each such item's folder, with what sits under it (its print view, feeds
 * and files). Returns their URLs.
 */
export function removeGonePages(output: string, before: PageLists, after: PageLists): string[] {
  const gone: string[] = [];
  for (const [list, items] of Object.entries(before.each)) {
    const still = new Set((after.each[list] ?? []).map(keyOf));
    for (const item of items as Item[]) {
      const { url, timeline } = item as { url?: unknown; timeline?: Timeline };
      if (still.has(keyOf(item)) || typeof url !== "string" || !url.endsWith("/") || url === `${timeline?.prefix ?? ""}/`) continue;
      rmSync(join(output, decodeURI(url)), { recursive: true, force: true });
      gone.push(url);
    }
  }
  return gone;
}
