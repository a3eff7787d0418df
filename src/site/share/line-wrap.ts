/**
 * Lines for a share card. SVG does not wrap text, so the card's lines are cut here: at spaces,
 * and inside Chinese and Thai text where Intl.Segmenter finds a word boundary (never in a word
 * the site keeps together, such as Thai โควิด, nor before closing punctuation). Widths are
 * estimated from each character's class with the shipped fonts' bold advances (measured with
 * resvg: Latin ≈ 0.5 em, Chinese 1 em, Thai 0.57 em a base letter, Arabic ≈ 0.46 em), rounded
 * up so that an estimated line is never wider than the drawn one.
 */

import { segmenter as wordSegmenter } from "../../core/intl.ts";

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uff60]/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
/** Not at the start of a line: closing punctuation, CJK full stops and commas, Thai repetition mark. */
const NO_START = /[\p{Pd}\p{Pe}\p{Pf}\p{Po}\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\u0e46\u0e2f]/u;
/** Not at the end of a line: opening punctuation. */
const NO_END = /[\p{Ps}\p{Pi}]/u;

/** Estimated advance of one character, in em, for the bold weight (regular is narrower). */
export function charWidth(c: string): number {
  if (/\p{M}|[\u200b-\u200f]/u.test(c)) return 0;
  if (WIDE.test(c)) return 1;
  if (c === " ") return 0.3;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[a-z0-9]/.test(c)) return 0.6;
  if (/\p{Script=Thai}/u.test(c)) return 0.6;
  if (/\p{Script=Arabic}/u.test(c)) return 0.52;
  if (/\p{P}/u.test(c)) return 0.4;
  return 0.65;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize;
}

/** The text cut into pieces between which a line may break (each piece keeps its trailing space). */
export function breakPieces(text: string, lang: string, keepTogether: readonly string[] = []): string[] {
  const kept = keptRanges(text, keepTogether);
  const pieces: string[] = [];
  let current = "";
  const segmenter = wordSegmenter(lang);
  for (const { segment, index } of segmenter.segment(text)) {
    if (current && breaksBefore(current, segment, index, kept)) {
      pieces.push(current);
      current = "";
    }
    current += segment;
  }
  if (current) pieces.push(current);
  return pieces;
}

function breaksBefore(before: string, segment: string, index: number, kept: [number, number][]): boolean {
  if (kept.some(([start, end]) => index > start && index < end)) return false;
  const last = [...before].at(-1)!;
  const next = [...segment][0]!;
  if (NO_START.test(next) || NO_END.test(last)) return false;
  if (/[0-9]/.test(last) && WIDE.test(next)) return false; // 2020|年 stays together
  if (/\s/u.test(last)) return !/\s/u.test(next);
  return NO_SPACE_SCRIPT.test(last) || NO_SPACE_SCRIPT.test(next);
}

function keptRanges(text: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  return ranges;
}

export interface WrapOptions {
  lang: string;
  fontSize: number;
  maxWidth: number;
  maxLines: number;
  keepTogether?: readonly string[];
}

/**
 * The text as lines no wider than `maxWidth`; past `maxLines` the last line ends in "…". `fits` is
 * false when text was cut. Lines are balanced (as CSS `text-wrap: balance`): as many lines as
 * needed, each as short as that number allows, so that no word is left alone on the last line.
 */
export function wrapLines(text: string, options: WrapOptions): { lines: string[]; fits: boolean } {
  const first = wrapGreedy(text, options);
  if (!first.fits || first.lines.length < 2) return first;
  let [low, high] = [options.maxWidth / 2, options.maxWidth];
  for (let i = 0; i < 8; i++) {
    const mid = (low + high) / 2;
    const tried = wrapGreedy(text, { ...options, maxWidth: mid });
    if (tried.fits && tried.lines.length === first.lines.length) high = mid;
    else low = mid;
  }
  return wrapGreedy(text, { ...options, maxWidth: high });
}

function wrapGreedy(text: string, { lang, fontSize, maxWidth, maxLines, keepTogether }: WrapOptions): { lines: string[]; fits: boolean } {
  const lines: string[] = [];
  let line = "";
  const pieces = breakPieces(text.replace(/\s+/gu, " ").trim(), lang, keepTogether).flatMap((p) => splitLong(p, fontSize, maxWidth));
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return finish(lines, maxLines, fontSize, maxWidth);
}

function finish(lines: string[], maxLines: number, fontSize: number, maxWidth: number): { lines: string[]; fits: boolean } {
  if (lines.length <= maxLines) return { lines, fits: true };
  const kept = lines.slice(0, maxLines);
  let last = kept.at(-1)!;
  while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join("");
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return { lines: kept, fits: false };
}

/** A piece wider than a whole line (a long URL, an unbroken run) cut by characters. */
function splitLong(piece: string, fontSize: number, maxWidth: number): string[] {
  const parts: string[] = [];
  let rest = piece;
  while (textWidth(rest.trimEnd(), fontSize) > maxWidth) {
    const [head, tail] = cutToWidth(rest, fontSize, maxWidth);
    parts.push(head);
    rest = tail;
  }
  if (rest) parts.push(rest);
  return parts;
}

function cutToWidth(piece: string, fontSize: number, maxWidth: number): [string, string] {
  const chars = [...piece];
  let n = 0;
  let width = 0;
  while (n < chars.length && width + charWidth(chars[n]!) * fontSize <= maxWidth) width += charWidth(chars[n++]!) * fontSize;
  // Never split a base letter from its marks.
  while (n > 1 && /\p{M}/u.test(chars[n] ?? "")) n--;
  return [chars.slice(0, Math.max(n, 1)).join(""), chars.slice(Math.max(n, 1)).join("")];
}
