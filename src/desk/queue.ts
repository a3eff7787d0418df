/**
 * The drafts queue: every draft with its status — new, promoted (a curated event cites its
 * passage) or dismissed — grouped by document, the most recently added document first,
 * filtered and sorted as the editor asks, with counts per document.
 */
import type { Draft, DraftsFile } from "../extract/drafts/schema.ts";
import type { EventDate } from "../schema/index.ts";
import { dismissalKey, type Dismissal } from "./dismissals.ts";

export const STATUSES = ["new", "promoted", "dismissed"] as const;
export type DraftStatus = (typeof STATUSES)[number];
export const SORTS = ["position", "confidence", "date"] as const;
export type QueueSort = (typeof SORTS)[number];

/** A draft in the queue (a dismissed one is shown from its dismissal record). */
export interface QueueItem {
  key: string;
  /** The draft id; absent for a dismissed draft (extract no longer proposes it). */
  id?: string;
  source: string;
  status: DraftStatus;
  date: EventDate;
  mention: { text: string; index: number };
  quote: string;
  confidence?: number;
  countries: string[];
  /** The curated event it matches, when promoted. */
  matches?: string;
  draft?: Draft;
}

export interface QueueFilter {
  status?: DraftStatus;
  lang?: string;
  country?: string;
  /** Lowest confidence shown, 0–1. */
  min?: number;
  /** Dates from/to (YYYY, YYYY-MM or YYYY-MM-DD, compared by their start). */
  from?: string;
  to?: string;
  sort?: QueueSort;
}

export interface DocumentInfo {
  id: string;
  title: string;
  lang: string;
}

export interface DocumentQueue {
  document: DocumentInfo;
  /** Items after the filter. */
  items: QueueItem[];
  /** Counts before the filter. */
  counts: Record<DraftStatus, number>;
}

export function queueItems(file: DraftsFile | undefined, dismissals: readonly Dismissal[], source: string): QueueItem[] {
  const dismissed = dismissals.filter((d) => d.source === source);
  const keys = new Set(dismissed.map(dismissalKey));
  const drafts: QueueItem[] = (file?.drafts ?? []).flatMap((d) => {
    const key = dismissalKey(d);
    if (keys.has(key)) return [];
    const item: QueueItem = {
      key, id: d.id, source, status: d.matches ? "promoted" : "new", date: d.date, mention: d.mention,
      quote: d.evidence.quote, confidence: d.confidence, countries: d.countries, draft: d,
    };
    if (d.matches) item.matches = d.matches;
    return [item];
  });
  const gone = dismissed.map((d): QueueItem => ({
    key: dismissalKey(d), source, status: "dismissed", date: d.date, mention: d.mention, quote: d.quote,
    confidence: d.confidence, countries: d.countries ?? [],
  }));
  return [...drafts, ...gone];
}

/** The queue by document, most recently added (last in sources.json) first. */
export function buildQueue(documents: readonly DocumentInfo[], files: readonly DraftsFile[], dismissals: readonly Dismissal[], filter: QueueFilter = {}): DocumentQueue[] {
  const byId = new Map(files.map((f) => [f.source, f]));
  return [...documents].reverse().map((document) => {
    const all = queueItems(byId.get(document.id), dismissals, document.id);
    const counts = Object.fromEntries(STATUSES.map((s) => [s, all.filter((i) => i.status === s).length])) as Record<DraftStatus, number>;
    const items = filter.lang && !sameLanguage(document.lang, filter.lang) ? [] : sortItems(all.filter((i) => keep(i, filter)), filter.sort ?? "position");
    return { document, items, counts };
  });
}

function sameLanguage(lang: string, wanted: string): boolean {
  return lang === wanted || lang.split("-")[0] === wanted.split("-")[0];
}

function keep(item: QueueItem, f: QueueFilter): boolean {
  if (f.status && item.status !== f.status) return false;
  if (f.country && !item.countries.includes(f.country)) return false;
  if (f.min !== undefined && (item.confidence ?? 0) < f.min) return false;
  if (f.from && item.date.start < f.from) return false;
  if (f.to && item.date.start.slice(0, f.to.length) > f.to) return false;
  return true;
}

export function sortItems(items: QueueItem[], sort: QueueSort): QueueItem[] {
  const by = {
    position: (a: QueueItem, b: QueueItem) => a.mention.index - b.mention.index,
    confidence: (a: QueueItem, b: QueueItem) => (b.confidence ?? 0) - (a.confidence ?? 0) || a.mention.index - b.mention.index,
    date: (a: QueueItem, b: QueueItem) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.mention.index - b.mention.index),
  }[sort];
  return [...items].sort(by);
}

/** The filter from a query string; unknown values are ignored. */
export function filterFromQuery(query: URLSearchParams): QueueFilter {
  const pick = <T extends string>(value: string | null, allowed: readonly T[]) => (allowed.includes(value as T) ? (value as T) : undefined);
  const min = Number.parseFloat(query.get("min") ?? "");
  const date = (v: string | null) => (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : undefined);
  const filter: QueueFilter = {};
  const status = pick(query.get("status"), STATUSES);
  if (status) filter.status = status;
  if (query.get("lang")) filter.lang = query.get("lang")!;
  if (query.get("country")) filter.country = query.get("country")!.toUpperCase();
  if (Number.isFinite(min)) filter.min = min;
  const from = date(query.get("from"));
  const to = date(query.get("to"));
  if (from) filter.from = from;
  if (to) filter.to = to;
  filter.sort = pick(query.get("sort"), SORTS) ?? "position";
  return filter;
}

/** The filter as a query string (for links that keep it). */
export function filterQuery(filter: QueueFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined && !(key === "sort" && value === "position")) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}
