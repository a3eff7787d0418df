/**
 * Where a quote that is not in its document verbatim probably is, and how it differs:
 * quote marks and apostrophes, dashes, spaces and line breaks, letter forms (full-width,
 * compatibility characters), or changed words. Offsets are code points, as in citations.
 */
import { sliceCodePoints } from "../core/code-points.ts";

export interface ClosestPassage {
  /** Code-point offsets of the passage in the document. */
  start: number;
  end: number;
  passage: string;
  /** What differs, in words an editor acts on. */
  differences: string[];
}

const QUOTES: Record<string, string> = { "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "「": '"', "」": '"', "『": '"', "』": '"' };
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;

/** The quote or the document reduced to what an editor would call "the same text": one char per original code point or fewer. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = []; // code-point offset in the original of each folded char
  let cp = 0;
  let lastSpace = false;
  for (const ch of text) {
    let out = QUOTES[ch] ?? (DASHES.test(ch) ? "-" : ch.normalize("NFKC"));
    if (/\s/u.test(out)) {
      if (lastSpace) {
        cp++;
        continue;
      }
      out = " ";
    }
    lastSpace = out === " ";
    for (const c of out) {
      folded += c;
      at.push(cp);
    }
    cp++;
  }
  at.push(cp);
  return { folded, at };
}

function kinds(quote: string, passage: string): string[] {
  const out: string[] = [];
  const differ = (re: RegExp) => (quote.match(re) ?? []).join("") !== (passage.match(re) ?? []).join("");
  if (differ(/['"‘’‚‛′“”„‟«»「」『』]/gu)) out.push("quote marks or apostrophes (curly vs straight)");
  if (differ(/[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu)) out.push("dashes or hyphens");
  if (differ(/\s+/gu)) out.push("spaces or line breaks");
  if (quote.normalize("NFKC") !== quote || passage.normalize("NFKC") !== passage) out.push("letter forms (full-width or compatibility characters)");
  return out;
}

/** Words of the quote that the passage does not have, and the reverse (a small word diff). */
function changedWords(quote: string, passage: string): string[] {
  const words = (s: string) => s.split(/[\s,.;:!?，。；：！？、]+/u).filter(Boolean);
  const a = words(quote);
  const b = words(passage);
  const onlyA = a.filter((w) => !b.includes(w));
  const onlyB = b.filter((w) => !a.includes(w));
  if (!onlyA.length && !onlyB.length) return [];
  return [`words differ: the quote has ${onlyA.map((w) => `"${w}"`).join(", ") || "nothing extra"}, the document has ${onlyB.map((w) => `"${w}"`).join(", ") || "nothing extra"}`];
}

export function closestPassage(quote: string, text: string): ClosestPassage | undefined {
  const doc = fold(text);
  const q = fold(quote).folded.trim();
  if (q.length < 4) return undefined;
  const locate = (from: number, to: number) => {
    const start = doc.at[from]!;
    const end = doc.at[to]!;
    const passage = sliceCodePoints(text, start, end);
    return { start, end, passage };
  };
  // 1. The same text once quote marks, dashes, spaces and letter forms are set aside.
  const exact = doc.folded.indexOf(q);
  if (exact >= 0) {
    const found = locate(exact, exact + q.length);
    return { ...found, differences: kinds(quote, found.passage) };
  }
  // 2. A changed word: anchor on the longest start and end of the quote found in the document.
  const anchor = (piece: (n: number) => string) => {
    for (let n = Math.min(q.length, 200); n >= Math.max(4, Math.floor(q.length / 4)); n--) {
      const i = doc.folded.indexOf(piece(n));
      if (i >= 0) return { i, n };
    }
    return undefined;
  };
  const head = anchor((n) => q.slice(0, n));
  const tail = anchor((n) => q.slice(q.length - n));
  if (!head && !tail) return undefined;
  let from = head?.i ?? tail!.i + tail!.n - q.length;
  let to = tail ? tail.i + tail.n : head!.i + q.length;
  if (to <= from || Math.abs(to - from - q.length) > Math.max(20, q.length / 3)) {
    // The two ends are far apart: trust the longer one and take the quote's length from it.
    if (head && (!tail || head.n >= tail.n)) [from, to] = [head.i, head.i + q.length];
    else [from, to] = [tail!.i + tail!.n - q.length, tail!.i + tail!.n];
  }
  from = Math.max(0, from);
  to = Math.min(doc.folded.length, to);
  const found = locate(from, to);
  return { ...found, differences: [...kinds(quote, found.passage), ...changedWords(quote, found.passage)] };
}
