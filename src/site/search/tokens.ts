/**
 * Words for the search index, segmented per language with Intl.Segmenter, which
 * knows Chinese and Thai words. The browser runs the same steps on the query
 * (assets/search.js), so the two must stay in step: lower case, NFKC, the start a
 * language's pack strips as a second form (search.json: the Arabic conjunctions and
 * article, French elision), and emoji kept as words
 * (the segmenter does not count them as words), also without skin tone or
 * presentation selector as a second form, so that 😷 finds 😷 and 👍 finds 👍🏽.
 */
import { findPack } from "../../languages/packs.ts";

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\u{FE0F}]/gu;

const prefixes = new Map<string, RegExp | undefined>();

/** The start of a word that a language's pack strips as a second form, if it has one. */
function wordPrefix(lang: string): RegExp | undefined {
  if (!prefixes.has(lang)) {
    const source = findPack(lang)?.search.wordPrefix;
    prefixes.set(lang, source ? new RegExp(source, "u") : undefined);
  }
  return prefixes.get(lang);
}

export function searchTokens(text: string, lang: string): string[] {
  const words = new Set<string>();
  const prefix = wordPrefix(lang);
  for (const s of new Intl.Segmenter(lang, { granularity: "word" }).segment(text.normalize("NFKC"))) {
    if (!s.isWordLike && !EMOJI.test(s.segment)) continue;
    const word = s.segment.toLowerCase();
    words.add(word);
    const bare = prefix ? word.replace(prefix, "") : word;
    if (bare.length > 1 && bare !== word) words.add(bare);
    const plain = word.replace(EMOJI_MODIFIERS, "");
    if (plain && plain !== word) words.add(plain);
  }
  return [...words];
}
