/**
 * A PDF's positioned text pieces as paragraphs in reading order. Pieces follow the content
 * stream (which keeps columns apart); a new baseline starts a line; a line's pieces are placed
 * by x, with a space where the gap is wide, then put in logical order (right-to-left runs
 * reversed piece by piece, so a cluster such as lam-alef stays whole). A wider gap than the
 * document's usual line spacing, a change of font size or a move up the page ends a paragraph.
 * Page numbers and lines repeated at the top or bottom of pages are dropped; a page break is a
 * paragraph break unless the sentence plainly runs on.
 */
import { joinLines, wordsOf } from "./normalize.ts";

export interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js marks the end of a line with an empty piece. */
  eol?: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana…), not the Arabic-Indic digits, which run left to right. */
const RTL = /[\u0590-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RTL_ALL = new RegExp(RTL.source, "g");
const LTR = /[\p{L}\p{N}]/u;

/** Paragraph texts of a whole document, given each page's pieces. */
export function layoutPages(pages: Piece[][]): string[] {
  const pageLines = dropRunningLines(pages.map(linesOf));
  const base = usualSpacing(pageLines.flat());
  const pageParagraphs = pageLines.map((lines) => paragraphsOf(lines, base));
  const words = wordsOf(pageLines.flat().map((l) => l.text));
  const out: string[][] = [];
  for (const paragraphs of pageParagraphs) {
    paragraphs.forEach((lines, i) => {
      const previous = out.at(-1);
      const runsOn = i === 0 && previous && !/[.!?。！？…:;"”’»)\]」』؟]$/.test(previous.at(-1)!) && previous.length > 0;
      if (runsOn) previous.push(...lines);
      else out.push([...lines]);
    });
  }
  return out.map((lines) => joinLines(lines, words));
}

function linesOf(pieces: Piece[]): Line[] {
  const lines: Line[] = [];
  let current: Piece[] = [];
  const end = () => {
    const text = lineText(current);
    if (text) lines.push({ text, y: current[0]!.y, size: Math.max(...current.map((p) => p.size)) });
    current = [];
  };
  for (const piece of pieces) {
    if (piece.str === "") {
      if (piece.eol && current.length) end();
      continue;
    }
    const head = current[0];
    if (head && Math.abs(piece.y - head.y) > 0.5 * Math.max(piece.size, head.size)) end();
    current.push(piece);
  }
  if (current.length) end();
  return lines;
}

function lineText(pieces: Piece[]): string {
  // A space of no width (pdf.js puts one beside some Arabic ligatures) separates nothing.
  const sorted = pieces.filter((p) => p.str.trim() || p.width > 0.01).sort((a, b) => a.x - b.x);
  const segments: string[] = [];
  sorted.forEach((p, i) => {
    const before = sorted[i - 1];
    if (before) {
      const gap = p.x - (before.x + before.width);
      if (gap > 0.22 * Math.max(p.size, 1) && !/\s$/.test(before.str) && !/^\s/.test(p.str)) segments.push(" ");
    }
    segments.push(p.str);
  });
  return toLogical(segments).replace(/\s+/g, " ").trim();
}

/** Visual order (left to right) to logical order, by pieces. */
export function toLogical(segments: string[]): string {
  const rtlCount = segments.join("").match(RTL_ALL)?.length ?? 0;
  const ltrCount = [...segments.join("")].filter((c) => LTR.test(c) && !RTL.test(c)).length;
  if (rtlCount === 0) return segments.join("");
  const kind = (s: string) => (RTL.test(s) ? "R" : LTR.test(s) ? "L" : "N");
  const rtl = rtlCount > ltrCount;
  // Punctuation at the ends of a left-to-right piece ("2026." drawn as ".2026") takes the line's direction.
  const split = rtl ? segments.flatMap((s) => (kind(s) === "L" ? /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(s)!.slice(1).filter(Boolean) : [s])) : segments;
  const order = rtl ? split.reverse() : split;
  // In a right-to-left line the left-to-right runs (numbers, Latin words) are re-reversed; in a
  // left-to-right line the right-to-left runs are reversed. Brackets are not mirrored: producers
  // map a mirrored glyph to the character it stands for, "(" drawn as ")" is still "(".
  const flip = rtl ? "L" : "R";
  const out: string[] = [];
  for (let i = 0; i < order.length; ) {
    if (kind(order[i]!) !== flip) {
      out.push(order[i]!);
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < order.length && kind(order[j]!) !== (rtl ? "R" : "L"); j++) if (kind(order[j]!) === flip) last = j;
    const run = order.slice(i, last + 1).reverse();
    out.push(...run);
    i = last + 1;
  }
  return out.join("");
}

/**
 * The document's line spacing, in font sizes: the smallest spacing between consecutive lines of
 * the same size that is common (at least a fifth as frequent as the most frequent one). Gaps
 * between paragraphs are wider; in a short text they may be as frequent as line gaps.
 */
function usualSpacing(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const ratio = (a.y - b.y) / b.size;
    if (Math.abs(a.size - b.size) < 0.5 && ratio > 0.8 && ratio < 4) {
      const key = Math.round(ratio * 20) / 20;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= most / 5).sort((x, y) => x[0] - y[0])[0]?.[0] ?? 1.2;
}

function paragraphsOf(lines: Line[], base: number): string[][] {
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? (previous.y - line.y) / line.size : 0;
    const breaks = !previous || gap <= 0 || gap > base * 1.35 || Math.abs(previous.size - line.size) > 0.15 * previous.size;
    if (breaks) paragraphs.push([line.text]);
    else paragraphs.at(-1)!.push(line.text);
  });
  return paragraphs;
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|страница|หน้า|صفحة|第)\s*)?\d{1,4}(?:\s*(?:of|\/|de|von|из|จาก|من|页|頁)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/** Drops page numbers, and lines repeated at the top or bottom of most pages (running heads). */
function dropRunningLines(pages: Line[][]): Line[][] {
  const shape = (l: Line | undefined) => l?.text.replace(/\d+/g, "#");
  const repeated = new Set<string>();
  if (pages.length >= 3) {
    const counts = new Map<string, number>();
    for (const lines of pages) for (const key of new Set([shape(lines[0]), shape(lines.at(-1))])) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, n] of counts) if (n >= Math.max(3, pages.length / 2)) repeated.add(key);
  }
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const edge = i === 0 || i === lines.length - 1;
      return !(edge && (PAGE_NUMBER.test(line.text) || repeated.has(shape(line)!)));
    }),
  );
}
