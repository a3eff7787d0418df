/**
 * The language packs: every folder under src/languages/ is one language, named by its tag (a
 * pack serves its tag and every script or region of its language: zh serves zh-Hans). The list
 * of languages is the list of folders; nothing else names them. This module reads a pack's data
 * files, for the stages that need them (the gazetteer, the site, validation):
 *
 * - `ui.json`           the site's interface strings (en's keys are the reference)
 * - `methodology.njk`   the methodology page's text
 * - `date-labels.json`  words around a date for each qualifier ("late {}"), the locale for dates
 * - `gazetteer.json`    country and city names, aliases, demonyms, and how names are found in its script
 * - `search.json`       optional: second forms of words for the search index (Arabic و/ال, French l')
 *
 * A pack's extraction parsers (`index.ts`) are found by registry.ts. The parity test
 * (tests/languages/parity.test.ts) fails when a pack lacks a file, a string or a phrase.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the packs are (this folder). */
export const LANGUAGES_DIR = fileURLToPath(new URL(".", import.meta.url));

/** date-labels.json: how the site words a date in this language. */
export interface DateLabelPhrases {
  /** The locale Intl formats dates in, where it is not the tag ("en-GB": the day before the month). */
  locale?: string;
  /**
   * Words around the formatted date for each qualifier of an event date: `{}` is the date, `{format}`
   * the date with its month as inside a full date (Russian genitive: "начало марта 2020 г."). Where the
   * words depend on the precision ("vers le 27 mars", "vers mars 2020"), a phrase per precision and "other".
   */
  qualifier: Record<string, string | { day?: string; month?: string; year?: string; other: string }>;
  /** Where Intl's range format is numeric (zh), ranges are joined with this word instead. */
  rangeJoin?: string;
  /** How the first day of a month is written, where it is not "1" (French "1er"). */
  firstDay?: string;
  /** Month and year headings start with a capital, where Intl writes the month in lower case (es "Marzo de 2020"). */
  capitalizePeriods?: boolean;
}

/** How names written in one script are told apart from the words around them (gazetteer.json `script`). */
export interface ScriptRule {
  /** The Unicode script of a name's first character, e.g. "Han", "Thai", "Arabic", "Latin". */
  script: string;
  /** Shortest name matched, in code points (default 3). */
  minLength?: number;
  /** Shorter names matched anyway when they match this pattern (Latin: "^[A-Z]{2}$", e.g. UK). */
  short?: string;
  /** For a script written without spaces: the language whose Intl.Segmenter finds word boundaries. */
  segmenter?: string;
  /** With `segmenter`: the boundaries a name needs, at its start or at both ends. */
  needs?: "start" | "both";
  /** From this length (code points) a name needs less: no boundary, or either end, without cutting a syllable. */
  relaxed?: { from: number; needs: "none" | "either"; syllable?: { before: string; after: string } };
  /** A name starting with a character of `first` is not matched just after a character of `after` (日本 in 29日本报). */
  notAfter?: { first: string; after: string };
  /** Letters glued before a word (Arabic و ف ب ل ك, in the order tried; "" for none): the name is a whole word with them. */
  clitics?: string[];
  /** A clitic ending that drops the next word's first letter, and that letter (ل + الصين = للصين: ["ل", "ا"]). */
  elision?: [string, string];
}

/** Names derived from others by rule: Arabic nisba adjectives, Russian case endings. */
export interface DerivedNames {
  /** Which names (country names and aliases of any pack) the rule applies to. */
  names: string;
  /** Patterns removed once each, in order, to leave the stem. */
  strip: string[];
  /** Shortest stem, in code points. */
  minStem?: number;
  /** The derived forms; `{}` is the stem. */
  forms: string[];
  /** Also each form with a capital (French nouns: les Chinois, as against the adjective chinois). */
  capitalize?: boolean;
  /** Also derive from city names (Russian cases: в Пекине); the forms stay cities of the same place. */
  cities?: boolean;
}

/** gazetteer.json: the language's names for countries and cities, beyond CLDR's. */
export interface GazetteerData {
  /** CLDR locales of this language's names (Intl.DisplayNames, exemplar cities, i18n-iso-countries); default: the tag. */
  locales?: string[];
  /** Short forms, other names and demonyms, by ISO 3166-1 alpha-2 code. */
  names?: Record<string, string[]>;
  /** Capitals and major cities CLDR does not give: code → the place as editors write it (English) → names. */
  cities?: Record<string, Record<string, string[]>>;
  /** Other spellings of any name: [pattern, replacement] ("&" → "and", "^St\\. " → "Saint "). */
  spellings?: [string, string][];
  /** Names never matched on their own: ambiguous, or ordinary words. */
  exclude?: string[];
  /** Words after which a name is a language, not a country (ภาษา, اللغة). */
  notAfter?: string[];
  derived?: DerivedNames[];
  /** One-character forms matched in runs before a follower word (中法两国 → CN, FR), not after a character of `notAfter`. */
  compounds?: { abbreviations: Record<string, string>; followers: string[]; notAfter: string };
  script?: ScriptRule;
}

/** search.json: extra forms of a word for the search index, so a query finds its inflected or elided spellings. */
export interface SearchRules {
  /** Letters removed from a word's start as a second form (Arabic conjunctions and article, French elision). */
  wordPrefix?: string;
  /** [pattern, replacement] applied to the decomposed (NFD) word for a second form without accents: "\\p{Mn}" → "" (Pekín → pekin). */
  fold?: [string, string][];
}

export interface LanguagePack {
  /** The folder's name: a BCP 47 language tag. */
  tag: string;
  dir: string;
  /** The site's interface strings (ui.json); the site types them by en's. */
  ui: Record<string, unknown>;
  dateLabels: DateLabelPhrases;
  gazetteer: GazetteerData;
  search: SearchRules;
  /** The path of the methodology page's text (methodology.njk, a Nunjucks template). */
  methodology: string;
}

export class NoLanguagePackError extends Error {
  constructor(lang: string, what: string) {
    super(`No language pack for "${lang}" (${what}). Packs: ${packTags().join(", ")}. Use one of them, or add src/languages/${lang}/ (README: "Add a language").`);
    this.name = "NoLanguagePackError";
  }
}

export class LanguagePackFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}. Every pack has ui.json, methodology.njk, date-labels.json and gazetteer.json (README: "Add a language").`);
    this.name = "LanguagePackFileError";
  }
}

let tags: string[] | undefined;
const loaded = new Map<string, LanguagePack>();

/**
 * The packs' tags: the folders under src/languages/ with UI strings or an extraction locale, sorted.
 * (kit/ holds parsers that several packs share, and is not a language.)
 */
export function packTags(): string[] {
  tags ??= readdirSync(LANGUAGES_DIR)
    .filter((name) => statSync(join(LANGUAGES_DIR, name)).isDirectory() && ["ui.json", "index.ts"].some((file) => existsSync(join(LANGUAGES_DIR, name, file))))
    .sort();
  return tags;
}

export function languagePacks(): LanguagePack[] {
  return packTags().map(load);
}

/** The pack serving a language tag ("zh-Hans" → zh), if there is one. */
export function findPack(lang: string): LanguagePack | undefined {
  const tag = packTag(lang);
  return tag ? load(tag) : undefined;
}

/** The pack serving a language tag; `what` says what it was needed for, in the error. */
export function packFor(lang: string, what: string): LanguagePack {
  const pack = findPack(lang);
  if (!pack) throw new NoLanguagePackError(lang, what);
  return pack;
}

/** The tag of the pack serving `lang`: the folder named by the whole tag, else by its language subtag. */
export function packTag(lang: string): string | undefined {
  if (packOf.has(lang)) return packOf.get(lang);
  const lower = lang.toLowerCase();
  const language = languageOf(lang);
  const tag = packTags().find((t) => t.toLowerCase() === lower) ?? packTags().find((t) => t === language);
  packOf.set(lang, tag);
  return tag;
}

/** Each tag's pack, once looked up: pages ask for it on every date label (an Intl.Locale each time cost 6% of a rebuild). */
const packOf = new Map<string, string | undefined>();

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined; // not a well-formed tag
  }
}

function load(tag: string): LanguagePack {
  let pack = loaded.get(tag);
  if (!pack) {
    const dir = join(LANGUAGES_DIR, tag);
    pack = {
      tag,
      dir,
      ui: json(dir, "ui.json"),
      dateLabels: json(dir, "date-labels.json"),
      gazetteer: json(dir, "gazetteer.json"),
      search: existsSync(join(dir, "search.json")) ? json(dir, "search.json") : {},
      methodology: existing(dir, "methodology.njk"),
    };
    loaded.set(tag, pack);
  }
  return pack;
}

function existing(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new LanguagePackFileError(path, "missing");
  return path;
}

function json<T>(dir: string, file: string): T {
  const path = existing(dir, file);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    if (error instanceof LanguagePackFileError) throw error;
    throw new LanguagePackFileError(path, `not valid JSON (${(error as Error).message})`);
  }
}
