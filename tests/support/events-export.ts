/** A built site's /events.json as one object: the index's sources and every part's events, read from disk, in order. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ExportIndex {
  title: string;
  home: string;
  updated: string | null;
  eventCount: number;
  parts: { period: string; label: string; url: string; count: number }[];
}

/** `T`: the events' shape the caller relies on. Throws when a part is missing or holds other than its count. */
export function readEventsExport<T = Record<string, unknown>, S = Record<string, unknown>>(site: string): ExportIndex & { events: T[]; sources: S[] } {
  const file = join(site, "events.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  const index = JSON.parse(readFileSync(file, "utf8")) as ExportIndex & { sources: S[] };
  const events = index.parts.flatMap((part) => {
    const { events: list } = JSON.parse(readFileSync(join(site, new URL(part.url).pathname), "utf8")) as { events: T[] };
    if (list.length !== part.count) throw new Error(`${part.url} holds ${list.length} events; the index says ${part.count}`);
    return list;
  });
  return { ...index, events };
}
