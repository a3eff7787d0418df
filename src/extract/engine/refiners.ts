/**
 * Refiners shared by every locale. They take the locale's words as data
 * (connectors, non-dates, as-of markers) and never branch on a language.
 */
import type { Candidate, LocaleData } from "./types.ts";

const end = (c: Candidate) => c.index + c.text.length;

/** Drops candidates that overlap text a locale knows is not a date (COVID-19, "2030 Agenda"). */
export function dropNonDates(candidates: Candidate[], text: string, data: LocaleData): Candidate[] {
  const blocked: [number, number][] = [];
  for (const pattern of data.nonDates) {
    const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(re)) blocked.push([m.index, m.index + m[0].length]);
  }
  if (blocked.length === 0) return candidates;
  // Sorted by start, with the furthest end reached so far: a candidate overlaps a blocked span
  // exactly when, among the spans starting before its end, the furthest end is past its start.
  blocked.sort((a, b) => a[0] - b[0]);
  const starts = blocked.map(([s]) => s);
  const reach: number[] = [];
  for (const [i, [, e]] of blocked.entries()) reach.push(Math.max(e, reach[i - 1] ?? -Infinity));
  return candidates.filter((c) => {
    const before = countBelow(starts, end(c));
    return before === 0 || reach[before - 1]! <= c.index;
  });
}

/** How many of the sorted numbers are below `limit` (binary search). */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the longest of overlapping candidates (earlier parser wins a tie). */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  // Only candidates in one chain of overlaps compete, so work cluster by cluster.
  const sorted = [...candidates].sort((a, b) => a.index - b.index);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const byLength = cluster.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
    const chosen: Candidate[] = [];
    for (const c of byLength) if (!chosen.some((k) => c.index < end(k) && end(c) > k.index)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.index - b.index));
    cluster = [];
  };
  for (const c of sorted) {
    if (c.index >= clusterEnd && cluster.length) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, end(c));
  }
  if (cluster.length) flush();
  return kept;
}

/**
 * Joins "A connector B" into one range: 3月27日和28日, 2月3日至3月10日, 27 and 28 March.
 * Each side takes the parts it lacks from the other (28日 takes March from 3月27日).
 */
export function mergeRanges(candidates: Candidate[], text: string, data: LocaleData): Candidate[] {
  const out: Candidate[] = [];
  // "entre el 30 de marzo y el 2 de abril": after an opener, a list word joins a range.
  const opener = data.rangeOpener && new RegExp(`(?:${data.rangeOpener.source})\\s*$`, data.rangeOpener.flags.replace("g", ""));
  for (const c of candidates) {
    const prev = out.at(-1);
    const between = prev ? text.slice(end(prev), c.index) : "";
    const opened = Boolean(prev && opener?.test(text.slice(Math.max(0, prev.index - 24), prev.index)));
    const byRange = whole(data.rangeConnector, between) || (opened && whole(data.listConnector, between));
    const joins = prev && !prev.end && !c.end && prev.role !== "dateline" && c.role !== "dateline" &&
      (byRange || whole(data.listConnector, between));
    if (!prev || !joins || relativeKinds(prev, c) || prev.mod !== c.mod || precision(prev) !== precision(c)) {
      out.push(c);
      continue;
    }
    const start = { ...prev.start, known: { ...c.start.known, ...prev.start.known } };
    const last = { ...c.start, known: { ...prev.start.known, ...c.start.known } };
    out[out.length - 1] = {
      ...prev,
      text: text.slice(prev.index, end(c)),
      start,
      end: last,
      mod: prev.mod ?? c.mod,
      rules: [...prev.rules, ...c.rules, "range"],
      parts: [prev, c],
      ...(byRange ? {} : { list: true }),
    };
  }
  return out;
}

/** Marks a date preceded by an as-of word (截至, "as of", حتى, จนถึง) as a status date. */
export function markAsOf(candidates: Candidate[], text: string, data: LocaleData): Candidate[] {
  if (!data.asOfBefore) return candidates;
  const pattern = new RegExp(`(?:${data.asOfBefore.source})\\s*$`, data.asOfBefore.flags.replace("g", ""));
  return candidates.map((c) => {
    if (c.role === "dateline" || c.mod === "ASOF") return c;
    const before = pattern.exec(text.slice(Math.max(0, c.index - 24), c.index));
    if (!before) return c;
    return { ...c, index: c.index - before[0].length, text: text.slice(c.index - before[0].length, end(c)), mod: "ASOF", role: "asof", rules: [...c.rules, "as-of"] };
  });
}

/** Marks a date announced ahead ("postponed to 17 August") so a yearless one resolves forward. */
export function markFuture(candidates: Candidate[], text: string, data: LocaleData): Candidate[] {
  if (!data.futureBefore) return candidates;
  const pattern = new RegExp(`(?:${data.futureBefore.source})\\s*$`, data.futureBefore.flags.replace("g", ""));
  return candidates.map((c) => {
    // 48 characters: "تأجيل امتحانات شهادة البكالوريا إلى شهر سبتمبر" puts three words between the verb and the date.
    if (c.role === "dateline" || c.start.relative || !pattern.test(text.slice(Math.max(0, c.index - 48), c.index))) return c;
    return { ...c, start: { ...c.start, future: true }, ...(c.end ? { end: { ...c.end, future: true } } : {}), rules: [...c.rules, "future"] };
  });
}

function whole(pattern: RegExp, s: string): boolean {
  return new RegExp(`^\\s*(?:${pattern.source})\\s*$`, pattern.flags.replace("g", "")).test(s);
}

/** Whether a side states a day: "27" and "28 March" join; "mid-February" and "28 March" do not. */
function precision(c: Candidate): "day" | "month" | "year" {
  const k = c.start.known;
  return k.day !== undefined ? "day" : k.month !== undefined ? "month" : "year";
}

function relativeKinds(a: Candidate, b: Candidate): boolean {
  return Boolean(a.start.relative || b.start.relative);
}
