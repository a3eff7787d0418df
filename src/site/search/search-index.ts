/**
 * A static full-text index of events — headlines, summaries, translations, quotes
 * in their own languages, and country names in every language the site serves —
 * cut into small files (search-files.ts) that the search page fetches as a query needs them. No server.
 */
import { inlinePlain } from "../inline-markup.ts";
import { displayNames } from "../../core/intl.ts";
import type { EventView, Timeline } from "../views.ts";
import { searchTokens } from "./tokens.ts";

export interface SearchIndex {
  /** [url, headline, date label] per event, and the headline's language where it is not the page's (untranslated). */
  docs: ([string, string, string] | [string, string, string, string])[];
  /** word → indexes into docs. */
  words: Record<string, number[]>;
  /** The languages whose text was cut into words, in the order first met (their packs' second forms apply to queries). */
  languages: string[];
}

/** The texts of an event the index holds, each with its language: what a query can find it by (also what bench:search gives Pagefind). */
export function searchTexts({ lang, mainLang, languages, terms }: Timeline): (entry: EventView) => [string, string][] {
  // Country names in every language the site is published in, so "Laos", "老挝", "ลาว" and "لاوس" all find Laos.
  const nameLanguages = languages.length ? languages.map((l) => l.lang) : [lang];
  const names = nameLanguages.map((lang) => ({ lang, of: displayNames(lang, "region") }));
  return (entry) => {
    const { event } = entry;
    return [
      [entry.headline, entry.textLang],
      [entry.summaryText, entry.textLang],
      [`${event.headline} ${inlinePlain(event.summary)}`, mainLang],
      [[...event.tags, ...(event.places ?? [])].join(" "), mainLang],
      ...[...event.tags.map((t) => terms.tags[t]), ...(event.places ?? []).map((p) => terms.places[p])].map((term) => [term!.text, term!.lang] as [string, string]),
      ...event.citations.map((c) => [c.quote, c.lang] as [string, string]),
      ...Object.entries(event.translations ?? {}).map(([lang, t]) => [`${t.headline} ${inlinePlain(t.summary ?? "")}`, lang] as [string, string]),
      ...event.countries.flatMap((code) => names.map(({ lang, of }) => [of.of(code) ?? code, lang] as [string, string])),
    ];
  };
}

export function buildSearchIndex(timeline: Timeline): SearchIndex {
  const textsOf = searchTexts(timeline);
  const words = new Map<string, number[]>();
  const tokenized = new Set<string>();
  // Country names, tags and places, and quotes an event shares with others, are cut into words once.
  const cut = new Map<string, string[]>();
  const tokensOf = (text: string, lang: string) => {
    const key = `${lang}\u0000${text}`;
    return cut.get(key) ?? cut.set(key, searchTokens(text, lang)).get(key)!;
  };
  timeline.events.forEach((entry, i) => {
    const seen = new Set<string>();
    for (const [text, lang] of textsOf(entry)) {
      tokenized.add(lang);
      for (const word of tokensOf(text, lang)) seen.add(word);
    }
    for (const word of seen) (words.get(word) ?? words.set(word, []).get(word)!).push(i);
  });
  return {
    docs: timeline.events.map((e) => (e.translated ? [e.url, e.headline, e.label] : [e.url, e.headline, e.label, e.textLang])),
    words: Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    languages: [...tokenized],
  };
}
