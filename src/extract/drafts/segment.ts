/**
 * Splits a document into sentences, and overlong sentences into clauses, with
 * offsets in code points. Sentences come from Intl.Segmenter. Some scripts (Thai,
 * Lao, Khmer, Burmese) write no sentence punctuation and use a space between phrases
 * instead of between words, so ICU returns a whole paragraph as one "sentence";
 * those are split again at spaces. Whether spaces separate words or phrases is read
 * from the text itself (how long the runs between spaces are), not from a language list.
 * Long texts are segmented in bounded windows (see ../bounded-segmenter.ts) and the spans
 * to keep together are looked up by position, so time and memory grow with the text.
 */
import { CodePoints, codePointLength } from "../../core/code-points.ts";
import { forEachSegment } from "../bounded-segmenter.ts";

export interface Segment {
  /** Code-point offset of the first character (leading whitespace trimmed). */
  start: number;
  /** Code-point offset just after the last character (trailing whitespace trimmed). */
  end: number;
  text: string;
}

export interface SegmentOptions {
  /** Sentences longer than this (code points) are split into clauses where spaces separate phrases. */
  maxLength?: number;
  /** Clauses shorter than this are joined to the next one (the last to the one before). */
  minLength?: number;
  /** Spans (code points, [start, end)) that must stay in one segment, e.g. date mentions. */
  keepTogether?: readonly (readonly [number, number])[];
}

const MAX_SENTENCE = 240;
const MIN_CLAUSE = 30;
/** Median length of the runs between spaces above which spaces separate phrases, not words. */
const PHRASE_SPACING = 9;
/** Characters that always start a new segment: list bullets used as headings. */
const HARD_BREAK = /[•▪●■◆]/u;
const SPACE = /\s/u;

export function segment(text: string, lang: string, options: SegmentOptions = {}): Segment[] {
  const maxLength = options.maxLength ?? MAX_SENTENCE;
  const minLength = options.minLength ?? MIN_CLAUSE;
  const keep = [...(options.keepTogether ?? [])].sort((a, b) => a[0] - b[0]);
  const longest = keep.reduce((n, [s, e]) => Math.max(n, e - s), 0);
  const cp = new CodePoints(text);
  const phraseSpacing = spacesSeparatePhrases(text);
  const out: Segment[] = [];
  forEachSegment(text, sentenceSegmenter(lang), (from, to) => {
    for (const [s, e] of splitAtHardBreaks(text, from, to)) {
      const span = trim(text, s, e);
      if (!span) continue;
      const start = cp.toCodePoint(span[0]);
      const end = cp.toCodePoint(span[1]);
      if (phraseSpacing && end - start > maxLength) {
        for (const [cs, ce] of clauses(cp, start, end, minLength, overlapping(keep, longest, start, end))) out.push({ start: cs, end: ce, text: cp.slice(cs, ce) });
      } else {
        out.push({ start, end, text: cp.slice(start, end) });
      }
    }
  });
  return joinAcross(out, keep, cp);
}

/** The segment containing a code-point offset, if any (segments sorted by start). */
export function segmentAt(segments: readonly Segment[], index: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** One sentence segmenter per language tag for every text: making one costs more than segmenting a short text. */
const SENTENCE_SEGMENTERS = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = SENTENCE_SEGMENTERS.get(lang);
  if (!segmenter) SENTENCE_SEGMENTERS.set(lang, (segmenter = newSentenceSegmenter(lang)));
  return segmenter;
}

function newSentenceSegmenter(lang: string): Intl.Segmenter {
  let locale = "und";
  try {
    locale = Intl.getCanonicalLocales(lang)[0] ?? "und";
  } catch {
    // an unknown tag: the root locale's rules
  }
  return new Intl.Segmenter(locale, { granularity: "sentence" });
}

/** The spans (sorted by start, none longer than `longest`) that overlap [start, end] or end at its start. */
function overlapping(keep: readonly (readonly [number, number])[], longest: number, start: number, end: number): (readonly [number, number])[] {
  let lo = 0;
  let hi = keep.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keep[mid]![0] < start - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: (readonly [number, number])[] = [];
  for (let i = lo; i < keep.length && keep[i]![0] < end; i++) if (keep[i]![1] >= start) out.push(keep[i]!);
  return out;
}

/** Does this text put spaces between phrases (Thai) rather than between words (English, Arabic)? */
export function spacesSeparatePhrases(text: string): boolean {
  const runs = text
    .split(/\s+/u)
    .filter((run) => /\p{L}/u.test(run))
    .map(codePointLength)
    .sort((a, b) => a - b);
  if (runs.length < 3) return false;
  return runs[runs.length >> 1]! >= PHRASE_SPACING;
}

function splitAtHardBreaks(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start + 1; i < end; i++) {
    if (HARD_BREAK.test(text[i]!)) {
      out.push([from, i]);
      from = i;
    }
  }
  out.push([from, end]);
  return out;
}

function trim(text: string, start: number, end: number): [number, number] | undefined {
  while (start < end && (SPACE.test(text[start]!) || HARD_BREAK.test(text[start]!))) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : undefined;
}

/**
 * Splits [start, end) at runs of whitespace, except inside quotes or brackets, next to
 * a digit (วันที่ 18 มีนาคม, กว่า 120 ประเทศ), around a repetition mark (ต่าง ๆ) or a
 * bracketed gloss (หย่งหวา (Olivier Guyonvarch) กงสุลใหญ่), inside a
 * span to keep together or right after the run that ends one; then joins clauses shorter
 * than minLength to the next one.
 */
function clauses(cp: CodePoints, start: number, end: number, minLength: number, keep: readonly (readonly [number, number])[]): [number, number][] {
  const chars = [...cp.slice(start, end)];
  const protectedAt = enclosed(chars);
  // Relative to start: positions strictly inside a kept span, and positions where one ends.
  const insideKept = new Uint8Array(chars.length + 1);
  const keptEnd = new Uint8Array(chars.length + 1);
  for (const [s, e] of keep) {
    insideKept.fill(1, Math.max(s + 1, start) - start, Math.max(Math.min(e, end), start) - start);
    if (e > start && e <= end) keptEnd[e - start] = 1;
  }
  const breaks: [number, number][] = []; // whitespace runs [from, to) in code points, relative
  let runStart = 0;
  for (let i = 0; i < chars.length; i++) {
    if (!SPACE.test(chars[i]!)) continue;
    let j = i;
    while (j < chars.length && SPACE.test(chars[j]!)) j++;
    const before = chars[i - 1] ?? "";
    const after = chars[j] ?? "";
    // A kept span (a date) opens the clause it dates in these scripts: วันที่ 18 มีนาคม สถานทูต…
    const endsKept = keptEnd.subarray(runStart + 1, i + 1).includes(1);
    const blocked =
      protectedAt[i] ||
      endsKept ||
      /[\p{Nd}\u0E46]/u.test(before) ||
      /[\p{Nd}\u0E46]/u.test(after) ||
      /\p{Ps}/u.test(after) ||
      /\p{Pe}/u.test(before) ||
      insideKept[i] === 1;
    if (!blocked) breaks.push([i, j]);
    runStart = j;
    i = j - 1;
  }
  const pieces: [number, number][] = [];
  let from = 0;
  for (const [b, a] of breaks) {
    pieces.push([from, b]);
    from = a;
  }
  pieces.push([from, chars.length]);

  const joined: [number, number][] = [];
  let pending: [number, number] | undefined;
  for (const piece of pieces) {
    const current: [number, number] = pending ? [pending[0], piece[1]] : piece;
    if (current[1] - current[0] < minLength) pending = current;
    else {
      joined.push(current);
      pending = undefined;
    }
  }
  if (pending) {
    const last = joined.pop();
    joined.push(last ? [last[0], pending[1]] : pending);
  }
  return joined.map(([s, e]) => [start + s, start + e]);
}

/** Marks positions inside a quotation or brackets, so a clause never ends inside one. */
function enclosed(chars: string[]): boolean[] {
  const inside = new Array<boolean>(chars.length).fill(false);
  const PAIRS: Record<string, string> = { "(": ")", "[": "]", "“": "”", "‘": "’", "«": "»", "（": "）", "「": "」", "『": "』" };
  const MAX_SPAN = 400;
  const mark = (from: number, to: number) => {
    if (to - from <= MAX_SPAN) for (let k = from + 1; k < to; k++) inside[k] = true;
  };
  const stack: { char: string; at: number }[] = [];
  let straight: number | undefined;
  chars.forEach((c, i) => {
    if (c === '"') {
      if (straight === undefined) straight = i;
      else {
        mark(straight, i);
        straight = undefined;
      }
    } else if (PAIRS[c]) stack.push({ char: c, at: i });
    else {
      let at = stack.length - 1;
      while (at >= 0 && PAIRS[stack[at]!.char] !== c) at--;
      if (at >= 0) {
        mark(stack[at]!.at, i);
        stack.length = at;
      }
    }
  });
  return inside;
}

/** A span to keep together that crosses a sentence boundary joins those sentences (segments and spans sorted by start). */
function joinAcross(segments: Segment[], keep: readonly (readonly [number, number])[], cp: CodePoints): Segment[] {
  if (keep.length === 0) return segments;
  const out: Segment[] = [];
  let k = 0;
  for (const s of segments) {
    const prev = out.at(-1);
    while (k < keep.length && keep[k]![1] <= s.start) k++; // spans ending before this segment join nothing more
    if (prev && k < keep.length && keep[k]![0] < prev.end && keep[k]![1] > s.start) {
      out[out.length - 1] = { start: prev.start, end: s.end, text: cp.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}
