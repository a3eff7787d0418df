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
