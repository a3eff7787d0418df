/**
 * A word's doc list (ascending indexes into the search's docs) as a short JSON-safe string,
 * in whichever of two forms is shorter:
 *
 * - gaps: each index's distance from the one before (the first from -1), minus one, as base64
 *   VLQ digits (5 bits each, 32 = "more digits follow"): a rare word's list;
 * - bitmap: "*" then base64 of one bit per doc (doc i is bit i % 8 of byte i / 8), trailing
 *   zero bytes dropped: a word that most events contain, e.g. a country in every event.
 *
 * assets/search.js decodes both (`docsOf`); the two must stay in step.
 */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

export function encodeDocs(docs: readonly number[]): string {
  let gaps = "";
  let last = -1;
  for (const doc of docs) {
    if (doc <= last) throw new Error(`Doc list not ascending: ${doc} after ${last}.`);
    let gap = doc - last - 1;
    last = doc;
    do {
      const digit = gap & 31;
      gap >>>= 5;
      gaps += DIGITS[gap ? digit | 32 : digit];
    } while (gap);
  }
  if (!docs.length) return gaps;
  const bits = new Uint8Array((last >> 3) + 1);
  for (const doc of docs) bits[doc >> 3]! |= 1 << (doc & 7);
  const bitmap = `*${Buffer.from(bits).toString("base64")}`;
  return bitmap.length < gaps.length ? bitmap : gaps;
}

export function decodeDocs(encoded: string): number[] {
  const docs: number[] = [];
  if (encoded.startsWith("*")) {
    const bits = Buffer.from(encoded.slice(1), "base64");
    for (let i = 0; i < bits.length * 8; i++) if (bits[i >> 3]! & (1 << (i & 7))) docs.push(i);
    return docs;
  }
  let last = -1;
  let gap = 0;
  let shift = 0;
  for (const c of encoded) {
    const digit = VALUE.get(c);
    if (digit === undefined) throw new Error(`Not a doc list digit: "${c}".`);
    gap |= (digit & 31) << shift;
    shift += 5;
    if (digit & 32) continue;
    last += gap + 1;
    docs.push(last);
    gap = shift = 0;
  }
  return docs;
}
