/**
 * Finds every date mention in a document: locale parsers propose candidates,
 * shared refiners merge and filter them, and the resolver fixes each to the
 * calendar using the publication date (given, or read from the dateline).
 */
import { DateTime } from "luxon";
import { CodePoints } from "../../core/code-points.ts";
import { formatParts, type Precision } from "../../core/partial-date.ts";
import { normalizeDigits } from "./digits.ts";
import { withQuickScan } from "./quick-scan.ts";
import { withinPrecision } from "./reference-precision.ts";
import { dropNonDates, markAsOf, markFuture, mergeRanges, removeOverlaps } from "./refiners.ts";
import { resolveSpec, toDateTime, type Resolved } from "./resolve.ts";
import type { Candidate, Locale, Mention } from "./types.ts";

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD. Without it the dateline is used, then `fallbackReference`. */
  published?: string;
  /** Used when neither `published` nor a dateline gives the date (e.g. from a source manifest, or today). */
  fallbackReference?: string;
  /**
   * How much of `fallbackReference` is known: "month" for a source published "2020-03"
   * (fallbackReference its last day). Dates resolved against it get no finer part (reference-precision.ts).
   */
  fallbackPrecision?: Precision;
  /**
   * Read vague past words ("recently", 近期, 日前, مؤخرا, недавно) as the reference date with mod BEFORE.
   * Off by default: they name no date, and an editor's policy decides whether they become drafts.
   */
  vague?: boolean;
}

export interface Extraction {
  locale: string;
  reference: { date: string; basis: "published" | "dateline" | "fallback" };
  mentions: Mention[];
}

export function extractDates(text: string, locale: Locale, options: ExtractOptions = {}): Extraction {
  const normalized = normalizeDigits(text);
  const data = locale.data;
  let candidates = runParsers(normalized, locale);
  // Vague words still take part in the overlap checks below ("a few days ago" is not "days ago"), then go.
  const keepVague = options.vague === true;
  candidates = dropNonDates(candidates, normalized, data);
  candidates = removeOverlaps(candidates);
  candidates = mergeRanges(candidates, normalized, data);
  candidates = markAsOf(candidates, normalized, data);
  candidates = markFuture(candidates, normalized, data);
  candidates = removeOverlaps(candidates);
  if (!keepVague) candidates = candidates.filter((c) => !c.vague);

  const { reference, basis } = chooseReference(candidates, options);
  const points = new CodePoints(text);
  let lastDay: DateTime | undefined;
  const mentions: Mention[] = [];
  const emit = (c: Candidate): void => {
    let start: Resolved;
    let end: Resolved | undefined;
    try {
      start = resolveSpec(c.start, reference, lastDay);
      end = c.end ? resolveSpec(c.end, reference, lastDay) : undefined;
      // A range's end follows its start: "April to June" in a March report is one range in one year.
      if (end && end.implied.includes("year") && formatParts(end.parts) <= formatParts(start.parts)) {
        end = { ...end, parts: { ...end.parts, year: end.parts.year + 1 } };
      }
    } catch {
      // An impossible date such as 30 February (Luxon may be set to throw): a joined pair keeps its valid side.
      for (const part of c.parts ?? []) emit(part);
      return;
    }
    if (!isValid(start.parts) || (end && !isValid(end.parts))) {
      for (const part of c.parts ?? []) emit(part);
      return;
    }
    if (basis === "fallback" && options.fallbackPrecision) {
      // "the same day" after a dated mention takes that day, not the reference's.
      const cap = (spec: Candidate["start"], r: Resolved) => (spec.relative?.kind === "same-day" && lastDay ? r : withinPrecision(r, options.fallbackPrecision!));
      start = cap(c.start, start);
      end = c.end && end ? cap(c.end, end) : end;
    }
    let value = formatParts(start.parts);
    if (end) {
      const endValue = formatParts(end.parts);
      // Not a range after all (backwards, or "A and B" that are not next to each other): each side on its own.
      if (endValue <= value || (c.list && !consecutive(c, start.parts, end.parts, reference))) {
        for (const part of c.parts ?? []) emit(part);
        return;
      }
      value = `${value}/${endValue}`;
    }
    if (start.parts.day !== undefined) lastDay = toDateTime(end?.parts ?? start.parts);
    mentions.push({
      text: text.slice(c.index, c.index + c.text.length),
      index: points.toCodePoint(c.index),
      value,
      ...(c.mod ? { mod: c.mod } : {}),
      role: c.role ?? "event",
      stated: start.stated,
      implied: start.implied,
      rules: c.rules,
    });
  };
  for (const c of candidates) emit(c);
  return { locale: locale.tag, reference: { date: reference.toISODate()!, basis }, mentions };
}

function runParsers(text: string, locale: Locale): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of locale.parsers) {
    const flags = parser.pattern.flags.includes("g") ? parser.pattern.flags : `${parser.pattern.flags}g`;
    const re = withQuickScan(new RegExp(parser.pattern.source, flags));
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const result = parser.extract(m, { text });
      for (const c of result === null ? [] : Array.isArray(result) ? result : [result]) out.push({ ...c, rules: [parser.id] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function chooseReference(candidates: Candidate[], options: ExtractOptions): { reference: DateTime; basis: Extraction["reference"]["basis"] } {
  if (options.published) return { reference: day(options.published), basis: "published" };
  const fallback = day(options.fallbackReference ?? DateTime.utc().toISODate()!);
  const dateline = candidates.find((c) => c.role === "dateline" && c.start.known.month !== undefined);
  if (dateline) {
    const known = dateline.start.known;
    // A dateline rarely states the year: take it from the latest year the text states, else the fallback.
    // A dateline rarely states its year: take the latest year the text states (ignoring years after the
    // fallback's, "by 2030"), or the next one when that would put the dateline more than half a year
    // before the text's latest date (a 5 January dateline after "31 December 2019" is 2020).
    const stated = candidates
      .map((c) => c.start.known)
      .filter((k): k is { year: number; month?: number; day?: number } => k.year !== undefined)
      .filter((k, _, all) => k.year <= fallback.year || all.every((o) => o.year > fallback.year));
    const order = (k: { year: number; month?: number; day?: number }) => k.year * 10_000 + (k.month ?? 0) * 100 + (k.day ?? 0);
    const latest = stated.reduce<(typeof stated)[number] | undefined>((max, k) => (!max || order(k) > order(max) ? k : max), undefined);
    let year = known.year ?? latest?.year ?? fallback.year;
    if (known.year === undefined && latest?.month !== undefined) {
      const latestDate = DateTime.fromObject({ year: latest.year, month: latest.month, day: latest.day ?? 1 }, { zone: "utc" });
      const datelined = DateTime.fromObject({ year, month: known.month, day: known.day ?? 1 }, { zone: "utc" });
      if (latestDate.diff(datelined, "days").days > 183) year += 1;
    }
    const date = DateTime.fromObject({ year, month: known.month, day: known.day ?? 1 }, { zone: "utc" });
    if (date.isValid) return { reference: date, basis: "dateline" };
  }
  return { reference: fallback, basis: "fallback" };
}

function day(iso: string): DateTime {
  const d = DateTime.fromISO(iso, { zone: "utc" });
  if (!d.isValid) throw new Error(`"${iso}" is not a date; use YYYY-MM-DD`);
  return d;
}

/** "27 and 28 March", "1, 2 and 3 April", "March and April": each listed date is the day (or month, or year) after the one before. */
function consecutive(c: Candidate, first: Resolved["parts"], last: Resolved["parts"], reference: DateTime): boolean {
  // Two sides: the range's own ends (a side like "28日" takes its month from the other); more: each listed date.
  const parts = (c.parts?.length ?? 0) > 2 ? c.parts!.map((p) => resolveSpec(p.start, reference, undefined).parts) : [first, last];
  return parts.every((p, i) => {
    if (i === 0) return true;
    const previous = parts[i - 1]!;
    const unit = previous.day !== undefined ? "days" : previous.month !== undefined ? "months" : "years";
    return toDateTime(p).diff(toDateTime(previous), unit).as(unit) === 1;
  });
}

function isValid(parts: { year: number; month?: number; day?: number }): boolean {
  if (parts.year < 1000 || parts.year > 2999) return false;
  if (parts.month === undefined) return true;
  if (parts.month < 1 || parts.month > 12) return false;
  if (parts.day === undefined) return true;
  try {
    return DateTime.fromObject(parts, { zone: "utc" }).isValid;
  } catch {
    return false;
  }
}
