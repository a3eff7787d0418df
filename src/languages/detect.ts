/**
 * Language detection for locales that share a script: the share of the text's letters in
 * Latin script, weighed by how much of it is the locale's own function words (English "the",
 * Spanish "los", French "les"). Each locale gives its words; nothing here knows a language.
 */
export function latinScore(text: string, functionWords: ReadonlySet<string>, expectedShare = 0.12): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return 0;
  const latin = (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const share = tokens.filter((t) => functionWords.has(t)).length / Math.max(1, tokens.length);
  return latin * Math.min(1, share / expectedShare);
}
