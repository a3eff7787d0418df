/**
 * Decoding bytes that should be UTF-8 text, with the problem named when they are not:
 * a byte-order mark, an invalid byte (with its line and column), or a likely legacy
 * encoding (GB18030, Big5, Windows-1256, TIS-620, Windows-1252…) and the command to convert it.
 */

export type DecodedText =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; line: number; column: number; byte: number; guess?: string; lossy: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    const decoded = UTF8.decode(bytes);
    const bom = decoded.startsWith("\uFEFF");
    return { ok: true, text: bom ? decoded.slice(1) : decoded, bom };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, at));
    const lines = before.split("\n");
    return {
      ok: false,
      line: lines.length,
      column: Array.from(lines.at(-1) ?? "").length + 1,
      byte: bytes[at] ?? 0,
      guess: guessEncoding(bytes),
      lossy: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""),
    };
  }
}

/** The message for text that is not UTF-8: where, what it probably is, and how to convert it. */
export function describeEncodingProblem(problem: Extract<DecodedText, { ok: false }>, file: string): string {
  const hex = problem.byte.toString(16).toUpperCase().padStart(2, "0");
  const guess = problem.guess
    ? `it looks like ${problem.guess}: convert it with \`iconv -f ${problem.guess} -t UTF-8 ${file} > converted && mv converted ${file}\``
    : "re-save it as UTF-8";
  return `is not UTF-8 text (byte 0x${hex} at line ${problem.line}, column ${problem.column}); ${guess}`;
}

/** Byte index of the first invalid UTF-8 sequence (the input is known to contain one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Legacy encodings newsroom files arrive in, each with the script its text should then be in. */
const CANDIDATES: [label: string, script: RegExp, wellFormed?: (text: string) => boolean][] = [
  ["GB18030", /\p{Script=Han}|[\u3000-\u303F\uFF00-\uFFEF]/u],
  ["BIG5", /\p{Script=Han}|[\u3000-\u303F\uFF00-\uFFEF]/u],
  ["SHIFT_JIS", /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303F]/u],
  ["WINDOWS-1256", /\p{Script=Arabic}|[\u060C\u061B\u061F]/u],
  // A Thai vowel or tone mark follows a consonant or another mark; bytes of other encodings break that.
  ["TIS-620", /\p{Script=Thai}/u, (t) => !/(^|[^\u0E01-\u0E2E\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(t)],
  // Cyrillic words are written in Cyrillic only; Latin-1 bytes read as Cyrillic mix the two in a word.
  ["WINDOWS-1251", /\p{Script=Cyrillic}/u, (t) => !/\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/u.test(t)],
  // Accented Latin letters come one or two at a time between plain ones, not in runs.
  ["WINDOWS-1252", /\p{Script=Latin}/u, (t) => !/[^\x00-\x7F]{3}/.test(t)],
];

/**
 * The legacy encoding that decodes the bytes without error into mostly one script's letters,
 * or undefined when none is convincing.
 */
export function guessEncoding(bytes: Uint8Array): string | undefined {
  const high = bytes.filter((b) => b >= 0x80).length;
  if (high === 0) return undefined;
  let best: { label: string; score: number } | undefined;
  for (const [label, script, wellFormed] of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    if (wellFormed && !wellFormed(text)) continue;
    // Letters decide; punctuation and symbols (€, «», “”) are shared by every script.
    const nonAscii = [...text].filter((c) => c.codePointAt(0)! >= 0x80 && !/[\p{P}\p{S}\p{Z}\p{Cc}]/u.test(c));
    const inScript = nonAscii.filter((c) => script.test(c)).length;
    const score = nonAscii.length ? inScript / nonAscii.length : 0;
    if (score > 0.9 && (!best || score > best.score)) best = { label, score };
  }
  return best?.label;
}
