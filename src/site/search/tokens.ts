/**
 * Words for the search index, segmented per language with Intl.Segmenter, which
 * knows Chinese and Thai words. The browser runs the same steps on the query
 * (assets/search.js), so the two must stay in step: lower case, NFKC, the start a
 * language's pack strips as a second form (search.json: the Arabic conjunctions and
 * article, French elision), the word without the marks its pack folds (Spanish and
 * French accents, Russian ё: typed queries often lack them), and emoji kept as words
 * (the segmenter does not count them as words), also without skin tone or
 * presentation selector as a second form, so that 😷 finds 😷 and 👍 finds 👍🏽.
 */

import { intlLocale, segmenter } from "../../core/intl.ts";
import { findPack, type SearchRules } from "../../languages/packs.ts";

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}\u{FE0F}]/gu;

interface Rules {
  prefix?: RegExp;
  fold: [RegExp, string][];
}
const rules = new Map<string, Rules>();

/** A language's second forms from its pack: the start of a word to strip, and marks to fold away. */
function rulesOf(lang: string): Rules {
  let found = rules.get(lang);
  if (!found) {
    const search = findPack(lang)?.search ?? {};
    found = {
      ...(search.wordPrefix ? { prefix: new RegExp(search.wordPrefix, "u") } : {}),
      fold: (search.fold ?? []).map(([pattern, replacement]) => [new RegExp(pattern, "gu"), replacement]),
    };
    rules.set(lang, found);
  }
  return found;
}

/**
 * A language's second-form rules as its pack writes them (search.json), with the script its words
 * are written in, for the browser: assets/search.js applies them to a query's words in that script
 * (a query's language is not known; Spanish accent folding must not strip a Thai vowel mark).
 * Undefined when the pack gives none.
 */
export function queryRules(lang: string): (SearchRules & { script: string }) | undefined {
  const { wordPrefix, fold } = findPack(lang)?.search ?? {};
  if (!wordPrefix && !fold?.length) return undefined;
  return { script: intlLocale(lang).maximize().script ?? "Latn", ...(wordPrefix ? { wordPrefix } : {}), ...(fold?.length ? { fold } : {}) };
}

/** The word with the pack's folds applied to its decomposed letters (Pekín → pekin, всё → все), or the word. */
function folded(word: string, fold: [RegExp, string][]): string {
  if (!fold.length) return word;
  return fold.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word.normalize("NFD")).normalize("NFC");
}

/**
 * Scripts written without spaces, which Intl.Segmenter cuts by dictionary: the cut depends on the
 * words around, so "เวชภัณฑ์" alone is one word but "ส่งมอบเวชภัณฑ์จำนวน" cuts it in two. Two
 * neighbouring words in these scripts are also indexed joined when the segmenter reads them
 * together as one word, so the query, cut alone, finds the text however its context cut it.
 */
const UNSPACED = /^[\p{Script=Thai}\p{Script=Han}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

const oneWord = new Map<string, boolean>();
function isOneWord(text: string, lang: string): boolean {
  const key = `${lang}\u0000${text}`;
  let found = oneWord.get(key);
  if (found === undefined) oneWord.set(key, (found = [...segmenter(lang).segment(text)].length === 1));
  return found;
}

export function searchTokens(text: string, lang: string): string[] {
  const words = new Set<string>();
  const { prefix, fold } = rulesOf(lang);
  let before: { word: string; end: number } | undefined;
  for (const s of segmenter(lang).segment(text.normalize("NFKC"))) {
    if (!s.isWordLike && !EMOJI.test(s.segment)) continue;
    const word = s.segment.toLowerCase();
    words.add(word);
    if (UNSPACED.test(word)) {
      if (before?.end === s.index && isOneWord(before.word + word, lang)) words.add(before.word + word);
      before = { word, end: s.index + s.segment.length };
    }
    const bare = prefix ? word.replace(prefix, "") : word;
    if (bare.length > 1 && bare !== word) words.add(bare);
    for (const form of new Set([folded(word, fold), folded(bare, fold)])) if (form.length > 1 && form !== word && form !== bare) words.add(form);
    const plain = word.replace(EMOJI_MODIFIERS, "");
    if (plain && plain !== word) words.add(plain);
  }
  return [...words];
}
