/**
 * Intl.Segmenter over long texts, in bounded windows. On Node 20 (V8) every segment
 * object holds onto the whole string being segmented, so the cost of a pass grows
 * faster than the text: one pass over a 1 MB Thai or Chinese text takes minutes and
 * gigabytes. Here the text is cut into windows — at line breaks, else after a sentence
 * end, else at whitespace, else between two code points — each window is segmented on
 * its own, offsets are shifted back, and only numbers are kept, never segment objects.
 *
 * Line breaks end sentences in Unicode's rules (UAX 29, ParaSep), so cutting there
 * changes nothing. Lines longer than a window are cut too; for sentences, a cut at
 * whitespace joins the sentence it split back together.
 */

/** Largest window, in UTF-16 units. Word segments are many, so their windows are small. */
export const WINDOW: Record<"word" | "sentence" | "grapheme", number> = { word: 4_096, sentence: 16_384, grapheme: 4_096 };

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const SPACE = /\s/u;
/** Full stops that need no space after them (。), and those that do (". ", not the one in "U.S."). */
const CLOSED_STOP = /[。！？]/u;
const SPACED_STOP = /[.!?؟।]/u;

/** Where to cut after position i, best first; a "soft" cut may fall inside a sentence. */
const CUTS: { soft: boolean; after: (text: string, i: number) => boolean }[] = [
  { soft: false, after: (text, i) => LINE_BREAK.test(text[i]!) },
  { soft: false, after: (text, i) => CLOSED_STOP.test(text[i]!) || (SPACED_STOP.test(text[i]!) && SPACE.test(text[i + 1] ?? "")) },
  { soft: true, after: (text, i) => SPACE.test(text[i]!) },
];

export type Visit = (start: number, end: number, isWordLike: boolean | undefined) => void;

/**
 * Calls `visit(start, end)` for each segment of `text`, as UTF-16 offsets into `text`, in
 * order: the same segments as one Intl.Segmenter pass wherever lines are shorter than a window.
 */
export function forEachSegment(text: string, segmenter: Intl.Segmenter, visit: Visit, window?: number): void {
  const granularity = segmenter.resolvedOptions().granularity;
  const size = window ?? WINDOW[granularity];
  const rejoin = granularity === "sentence";
  let carried: number | undefined; // start of a sentence a soft cut split, to be joined to the next window's first
  let from = 0;
  while (from < text.length) {
    const { to, soft } = cutPoint(text, from, size);
    let last: [number, number, boolean | undefined] | undefined;
    for (const s of segmenter.segment(text.slice(from, to))) {
      if (last) visit(...last);
      const start = carried ?? from + s.index;
      carried = undefined;
      last = [start, from + s.index + s.segment.length, s.isWordLike];
    }
    // A sentence split by a soft cut continues in the next window, as it would in one pass.
    if (last && rejoin && soft && to < text.length) carried = last[0];
    else if (last) visit(...last);
    from = to;
  }
}

/** Where the window starting at `from` ends, and whether that cut may fall inside a sentence. */
export function cutPoint(text: string, from: number, window: number): { to: number; soft: boolean } {
  const limit = from + window;
  if (limit >= text.length) return { to: text.length, soft: false };
  const floor = from + (window >> 1);
  for (const cut of CUTS) {
    for (let i = limit - 1; i >= floor; i--) if (cut.after(text, i)) return { to: pastSpaces(text, i + 1, limit), soft: cut.soft };
  }
  // No break anywhere in the second half: cut between two code points.
  const c = text.charCodeAt(limit - 1);
  return { to: c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit, soft: true };
}

/** Past the whitespace that follows a cut (\r\n, spaces after a full stop), without passing the limit. */
function pastSpaces(text: string, i: number, limit: number): number {
  while (i < limit && SPACE.test(text[i]!)) i++;
  return i;
}
