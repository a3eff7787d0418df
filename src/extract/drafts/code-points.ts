/**
 * Code-point offsets over a UTF-16 string. Citations, mentions and evidence spans
 * count Unicode code points; JavaScript strings index UTF-16 units.
 */
export class CodePoints {
  /** UTF-16 index of each code point, plus one entry for the end of the text. */
  private readonly units: Uint32Array;

  constructor(readonly text: string) {
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) {
      units.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    units.push(text.length);
    this.units = Uint32Array.from(units);
  }

  /** Number of code points in the text. */
  get length(): number {
    return this.units.length - 1;
  }

  /** UTF-16 index of a code-point offset. */
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

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
