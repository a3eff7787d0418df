/**
 * Code-point offsets over JavaScript strings. Citations, mentions, evidence and gazetteer
 * matches count Unicode code points, so an offset means the same thing in every script
 * and tool; JavaScript strings index UTF-16 units. Every stage converts here.
 */

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLowAfterHigh(text, i)) n++;
  }
  return n;
}

/** Code-point offset of the first occurrence of `needle`, or undefined. */
export function codePointIndexOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index < 0 ? undefined : codePointLength(text.slice(0, index));
}

/** The text between two code-point offsets (for one slice; use `CodePoints` for many). */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return new CodePoints(text).slice(start, end);
}

/** A text indexed both ways: code-point offset ↔ UTF-16 index, built once per text. */
export class CodePoints {
  /** UTF-16 index of each code point, plus one entry for the end of the text. */
  private readonly units: Uint32Array;

  constructor(readonly text: string) {
    const units = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isLowAfterHigh(text, i)) units[n++] = i;
    }
    units[n] = text.length;
    this.units = units.subarray(0, n + 1);
  }

  /** Number of code points in the text. */
  get length(): number {
    return this.units.length - 1;
  }

  /** UTF-16 index of a code-point offset (clamped to the text). */
  toUtf16(codePoint: number): number {
    return this.units[Math.max(0, Math.min(codePoint, this.length))]!;
  }

  /** Code-point offset of a UTF-16 index (an index inside a surrogate pair counts as its pair). */
  toCodePoint(utf16: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.units[mid]! <= utf16) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text between two code-point offsets; to the end when `end` is left out. */
  slice(start: number, end: number = this.length): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** Whether the unit at `i` is the second half of a surrogate pair (not a code point of its own). */
function isLowAfterHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const before = text.charCodeAt(i - 1);
  return before >= 0xd800 && before <= 0xdbff;
}
