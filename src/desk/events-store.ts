/**
 * Curated events as they are written in _data/events/*.json: which file and position each is
 * at, its value exactly as written (so edits compare against what is on disk), and a
 * fingerprint of that value, which a form carries so a save can tell whether someone else
 * changed the event since the form was opened.
 */
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse, type ParseError } from "jsonc-parser";
import { periodKey, precisionOf } from "../core/partial-date.ts";
import { readText } from "./files.ts";

export interface StoredEvent {
  /** File name in events/ ("2020-03.json"). */
  file: string;
  path: string;
  /** The file's text when it was read. */
  text: string;
  index: number;
  value: Record<string, unknown>;
  /** Fingerprint of the event as written. */
  hash: string;
}

export function eventsDir(data: string): string {
  return join(data, "events");
}

export function fingerprintOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

/** The events of one file's text; undefined when it is not a JSON object with an "events" list. */
export function eventsIn(text: string): Record<string, unknown>[] | undefined {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: false, disallowComments: true }) as { events?: unknown } | undefined;
  if (errors.length || !value || !Array.isArray(value.events)) return undefined;
  return value.events as Record<string, unknown>[];
}

export async function eventFiles(data: string): Promise<string[]> {
  return (await readdir(eventsDir(data)).catch(() => [] as string[])).filter((n) => n.endsWith(".json") && !n.startsWith(".")).sort();
}

/** The event with this id as it is on disk now, or undefined. */
export async function findStoredEvent(data: string, id: string): Promise<StoredEvent | undefined> {
  for (const file of await eventFiles(data)) {
    const found = await storedEventIn(data, file, id);
    if (found) return found;
  }
  return undefined;
}

export async function storedEventIn(data: string, file: string, id: string): Promise<StoredEvent | undefined> {
  const path = join(eventsDir(data), file);
  const text = await readText(path);
  if (text === undefined) return undefined;
  return locate(text, file, path, id);
}

export function locate(text: string, file: string, path: string, id: string): StoredEvent | undefined {
  const events = eventsIn(text) ?? [];
  const index = events.findIndex((e) => e && e.id === id);
  if (index < 0) return undefined;
  const value = events[index]!;
  return { file, path, text, index, value, hash: fingerprintOf(value) };
}

/** The events file a new event dated `start` goes to: its month's file (its year's, for a year). */
export function monthFile(start: string): string {
  return `${periodKey(start, precisionOf(start) ?? "day")}.json`;
}

/** The `$schema` reference for a new events file. */
export function eventsSchemaRef(root: string, data: string): string {
  return relative(eventsDir(data), join(root, "src/schema/generated/events.schema.json")).split("\\").join("/");
}

export interface EventSummary {
  id: string;
  status: string;
  headline: string;
  date?: { start: string; end?: string; precision: "day" | "month" | "year"; qualifier?: "early" | "mid" | "late" | "approximate" | "before" | "as-of" };
  tags: string[];
  countries: string[];
  file: string;
}

/** Every event as written, in file order (lenient: an unreadable file is skipped). */
export async function listEvents(data: string): Promise<EventSummary[]> {
  const out: EventSummary[] = [];
  for (const file of await eventFiles(data)) {
    const events = eventsIn((await readText(join(eventsDir(data), file))) ?? "") ?? [];
    for (const e of events) {
      if (!e || typeof e.id !== "string") continue;
      const date = e.date as EventSummary["date"] | undefined;
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
      out.push({ id: e.id, status: String(e.status ?? ""), headline: String(e.headline ?? ""), ...(date && typeof date.start === "string" ? { date } : {}), tags: strings(e.tags), countries: strings(e.countries), file });
    }
  }
  return out;
}
