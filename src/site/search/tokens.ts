/**
 * Words for the search index, segmented per language with Intl.Segmenter, which
 * knows Chinese and Thai words. The browser runs the same steps on the query
 * (assets/search.js), so the two must stay in step: lower case, NFKC, the Arabic
 * conjunctions and article stripped as a second form, and emoji kept as words
 * (the segmenter does not count them as words), also without skin tone or
 * presentation selector as a second form, so that 😷 finds 😷 and 👍 finds 👍🏽.
 */

import { segmenter } from "../../core/intl.ts";

const ARABIC_PREFIX = /^(?:و|ف|ب|ل|ك)?(?:ال)?/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\u{FE0F}]/gu;

export function searchTokens(text: string, lang: string): string[] {
  const words = new Set<string>();
  for (const s of segmenter(lang).segment(text.normalize("NFKC"))) {
    if (!s.isWordLike && !EMOJI.test(s.segment)) continue;
    const word = s.segment.toLowerCase();
    words.add(word);
    const bare = word.replace(ARABIC_PREFIX, "");
    if (bare.length > 1 && bare !== word) words.add(bare);
    const plain = word.replace(EMOJI_MODIFIERS, "");
    if (plain && plain !== word) words.add(plain);
  }
  return [...words];
}
