/**
 * Thai (like Lao, Khmer and Burmese) is written without spaces between words; browsers
 * break its lines where their dictionary (ICU's, the same one Intl.Segmenter uses) finds a
 * word boundary. Names and new loanwords are missing from it, so "โควิด" (COVID) is cut as
 * "โค|วิด" and "อู่ฮั่น" (Wuhan) as "อู่|ฮั่น". Each such word is wrapped in
 * `<span class="word">` (white-space: nowrap in the styles) wherever it occurs in a page's
 * text; every other line break stays the browser's own. Nothing is added to the text itself,
 * so copying and searching the page are unchanged.
 */

import { codePointLength } from "../core/code-points.ts";
import type { Dataset } from "../validate/index.ts";
import { termsIn } from "./terms.ts";
import { displayNames, segmenter as wordSegmenter } from "../core/intl.ts";

/** Scripts whose line breaks come from a dictionary. */
const DICTIONARY_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Longer than this, a name could not fit a phone's line: leave it to the browser. */
const MAX_LENGTH = 24;

/** Of `candidates` (names, loanwords), those the segmenter would cut, each once, longest first. */
export function wordsToKeep(candidates: Iterable<string>, segmenterLang = "th"): string[] {
  const segmenter = wordSegmenter(segmenterLang);
  const words = new Set<string>();
  for (const candidate of candidates) {
    for (const word of candidate.split(/\s+/)) {
      if (!DICTIONARY_SCRIPT.test(word) || codePointLength(word) > MAX_LENGTH) continue;
      if ([...segmenter.segment(word)].length > 1) words.add(word);
    }
  }
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The site's words to keep together: each language's `keepTogether` (site.json), and its place and country names. */
export function siteWordsToKeep(dataset: Dataset): string[] {
  const published = dataset.events.filter((e) => e.status === "published");
  const countries = [...new Set(published.flatMap((e) => e.countries))];
  const { site } = dataset;
  return wordsToKeep(
    (site.languages ?? [{ lang: site.lang }]).flatMap((l) => [
      ...("keepTogether" in l ? (l.keepTogether ?? []) : []),
      ...Object.values(termsIn(published, dataset, l.lang, site.lang).places).filter((p) => p.lang === l.lang).map((p) => p.text),
      ...countries.map((code) => displayNames(l.lang, "region").of(code) ?? code),
    ]),
  );
}

/** Raw-text elements and the document title: their text is not laid out in lines (or must stay text). */
const RAW = /<(script|style|title|textarea)\b[^>]*>/gi;

/** `html` with each of `words` in the text (not in tags, attributes, scripts or the title) wrapped. */
export function keepTogether(html: string, words: readonly string[]): string {
  if (words.length === 0) return html;
  // Most pages (those in other languages, with Thai only in the language menu) hold none of the words:
  // they are found first, and only then is it asked whether each is in the text.
  const pattern = patternOf(words);
  let raw: [number, number][] | undefined;
  let kept = "";
  let last = 0;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(html); found; found = pattern.exec(html)) {
    const at = found.index;
    if (html.lastIndexOf("<", at) > html.lastIndexOf(">", at)) continue; // in a tag
    raw ??= rawText(html);
    if (raw.some(([start, end]) => at >= start && at < end)) continue;
    kept += `${html.slice(last, at)}<span class="word">${found[0]}</span>`;
    last = at + found[0].length;
  }
  return last === 0 ? html : kept + html.slice(last);
}

/** Where the raw-text elements' contents are: [start, end) of each. */
function rawText(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  RAW.lastIndex = 0;
  for (let open = RAW.exec(html); open; open = RAW.exec(html)) {
    const start = open.index + open[0].length;
    const close = new RegExp(`</${open[1]}`, "gi");
    close.lastIndex = start;
    const end = close.exec(html)?.index ?? html.length;
    ranges.push([start, end]);
    RAW.lastIndex = end;
  }
  return ranges;
}

const patterns = new WeakMap<readonly string[], RegExp>();
function patternOf(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) patterns.set(words, (pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu")));
  return pattern;
}
