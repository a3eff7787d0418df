/**
 * Thai (๐–๙), Arabic-Indic (٠–٩), Extended Arabic-Indic (۰–۹) and full-width (０–９)
 * digits become ASCII. Each is one UTF-16 unit, so offsets in the normalised text
 * are offsets in the original.
 */
const ZEROS = [0x0e50, 0x0660, 0x06f0, 0xff10];

export function normalizeDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** UTF-16 index → code-point index, for results sorted by index. */
export function codePointIndexer(text: string): (utf16: number) => number {
  let lastUnit = 0;
  let lastPoint = 0;
  return (utf16) => {
    if (utf16 < lastUnit) {
      lastUnit = 0;
      lastPoint = 0;
    }
    for (let i = lastUnit; i < utf16; i++) {
      const c = text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) lastPoint++;
    }
    lastUnit = utf16;
    return lastPoint;
  };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
