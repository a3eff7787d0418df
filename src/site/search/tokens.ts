/**
 * Words for the search index, segmented per language with Intl.Segmenter, which
 * knows Chinese and Thai words. The browser runs the same steps on the query
 * (assets/search.js), so the two must stay in step: lower case, NFKC, and the
 * Arabic conjunctions and article stripped as a second form.
 */
const ARABIC_PREFIX = /^(?:و|ف|ب|ل|ك)?(?:ال)?/u;

export function searchTokens(text: string, lang: string): string[] {
  const words = new Set<string>();
  for (const s of new Intl.Segmenter(lang, { granularity: "word" }).segment(text.normalize("NFKC"))) {
    if (!s.isWordLike) continue;
    const word = s.segment.toLowerCase();
    words.add(word);
    const bare = word.replace(ARABIC_PREFIX, "");
    if (bare.length > 1 && bare !== word) words.add(bare);
  }
  return [...words];
}
