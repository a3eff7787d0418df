/**
 * Drafts an editor dismissed, in <data>/dismissed.json: kept with the data (and in git, so
 * every editor sees the same queue), read by `datelines extract`, which leaves dismissed
 * drafts out of the drafts it writes. A dismissal names its draft by what stays the same when
 * drafts are made again — the source, where the date is written in it (code points) and the date
 * read — not by the draft id; the quote is kept so that a person reading the file or its diff
 * sees what was dismissed. This is the reading side; the desk (src/desk/dismissals.ts) writes them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "jsonc-parser";
import { codePointLength } from "../core/code-points.ts";
import type { Draft } from "../extract/drafts/schema.ts";
import type { EventDate } from "../schema/index.ts";

export interface Dismissal {
  source: string;
  /** The date as written, and its code-point offset in the document. */
  mention: { text: string; index: number };
  date: EventDate;
  /** The draft's evidence, for people reading the file. */
  quote: string;
  confidence?: number;
  countries?: string[];
  /** When it was dismissed. */
  dismissed: string;
}

export function dismissalsPath(data: string): string {
  return join(data, "dismissed.json");
}

/** What identifies a draft across extract runs: source, mention span and date value. */
export function dismissalKey(d: { source: string; mention: { text: string; index: number }; date: EventDate }): string {
  const end = d.mention.index + codePointLength(d.mention.text);
  const { start, end: last = "", precision, qualifier = "" } = d.date;
  return `${d.source}@${d.mention.index}-${end}:${start}/${last}/${precision}/${qualifier}`;
}

export async function readDismissals(data: string): Promise<Dismissal[]> {
  const text = await readFile(dismissalsPath(data), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return [];
  const value = parse(text) as { dismissed?: unknown } | undefined;
  return Array.isArray(value?.dismissed) ? (value.dismissed as Dismissal[]).filter((d) => d && typeof d.source === "string" && d.mention && d.date) : [];
}

export async function dismissedKeys(data: string): Promise<Set<string>> {
  return new Set((await readDismissals(data)).map(dismissalKey));
}

/** Leaves out the drafts that were dismissed (what `extract` writes). */
export async function withoutDismissed<T extends Pick<Draft, "source" | "mention" | "date">>(data: string, drafts: T[]): Promise<T[]> {
  const keys = await dismissedKeys(data);
  return keys.size === 0 ? drafts : drafts.filter((d) => !keys.has(dismissalKey(d)));
}
