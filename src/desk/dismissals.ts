/**
 * Drafts an editor dismissed, in <data>/dismissed.json: kept with the data (and in git, so
 * every editor sees the same queue), read by `datelines extract`, which leaves dismissed
 * drafts out of the drafts it writes. A dismissal names its draft by what stays the same when
 * drafts are made again — the source, where the date is written in it (code points) and the date
 * read — not by the draft id; the quote is kept so that a person reading the file or its diff
 * sees what was dismissed.
 */
import { join } from "node:path";
import { parse } from "jsonc-parser";
import type { Draft } from "../extract/drafts/schema.ts";
import type { EventDate } from "../schema/index.ts";
import { readText, updateFile } from "./files.ts";
import { editJson } from "./json-edit.ts";

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

const NOTE =
  "Drafts dismissed in the desk (`datelines desk`): `datelines extract` leaves them out. " +
  "Undo in the desk, or delete an entry here, to see the draft again after the next extract.";

export function dismissalsPath(data: string): string {
  return join(data, "dismissed.json");
}

/** What identifies a draft across extract runs: source, mention span and date value. */
export function dismissalKey(d: { source: string; mention: { text: string; index: number }; date: EventDate }): string {
  const end = d.mention.index + [...d.mention.text].length;
  const { start, end: last = "", precision, qualifier = "" } = d.date;
  return `${d.source}@${d.mention.index}-${end}:${start}/${last}/${precision}/${qualifier}`;
}

export async function readDismissals(data: string): Promise<Dismissal[]> {
  const text = await readText(dismissalsPath(data));
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

export function dismissalOf(draft: Draft, now: string): Dismissal {
  return {
    source: draft.source,
    mention: { text: draft.mention.text, index: draft.mention.index },
    date: draft.date,
    quote: draft.evidence.quote,
    confidence: draft.confidence,
    countries: draft.countries,
    dismissed: now,
  };
}

/** Adds a dismissal (once); the file is created on first use and otherwise edited in place. */
export async function addDismissal(data: string, dismissal: Dismissal): Promise<void> {
  const key = dismissalKey(dismissal);
  await updateFile(dismissalsPath(data), async (text) => {
    if (text === undefined) return { text: `${JSON.stringify({ note: NOTE, dismissed: [dismissal] }, null, 2)}\n`, result: undefined };
    const list = listIn(text);
    if (list.some((d) => dismissalKey(d) === key)) return { result: undefined };
    return { text: editJson(text, ["dismissed"], list, [...list, dismissal]), result: undefined };
  });
}

/** Removes the dismissal with this key; true if there was one. */
export async function removeDismissal(data: string, key: string): Promise<Dismissal | undefined> {
  return updateFile(dismissalsPath(data), async (text) => {
    if (text === undefined) return { result: undefined };
    const list = listIn(text);
    const found = list.find((d) => dismissalKey(d) === key);
    if (!found) return { result: undefined };
    return { text: editJson(text, ["dismissed"], list, list.filter((d) => d !== found)), result: found };
  });
}

function listIn(text: string): Dismissal[] {
  const value = parse(text) as { dismissed?: unknown } | undefined;
  if (!value || !Array.isArray(value.dismissed)) throw new Error("dismissed.json has no \"dismissed\" list; fix or delete the file");
  return value.dismissed as Dismissal[];
}
