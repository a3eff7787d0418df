/**
 * The time axis's marks (assets/axis.js fetches them when the front page does not list every event):
 * /axis.json names the archive pages once and the files of marks, a year (or month) at a time
 * (paging.ts `axisParts`); each mark is [start, end or "", group or "", id, index of its archive page].
 */
import { partFiles } from "../routes.ts";
import type { EventView, FilePart, Timeline } from "../views.ts";

export function axisIndex(timeline: Timeline): { pages: string[]; parts: string[] } {
  return { pages: timeline.archivePages.map((p) => p.url), parts: timeline.axisParts.map((part) => partFiles(part.page, part.n).axisData) };
}

const pageOf = new WeakMap<Timeline, Map<EventView, number>>();

/** One file of marks, a line each. */
export function axisPartJson(part: FilePart): string {
  const { timeline } = part;
  let pages = pageOf.get(timeline);
  if (!pages) pageOf.set(timeline, (pages = new Map(timeline.archivePages.flatMap((p, i) => p.events.map((e) => [e, i] as const)))));
  const marks = part.events.map(({ event: e }, i) => JSON.stringify([e.date.start, e.date.end ?? "", e.group ?? "", e.id, pages.get(part.events[i]!)]));
  return `[${marks.join(",\n")}]\n`;
}
