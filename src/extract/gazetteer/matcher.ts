/**
 * Finds gazetteer names in a text: leftmost, longest name first (ลาว never inside
 * ลาวเวียง…, Guinea-Bissau before Guinea), with a guard for each script so a name is
 * not found inside a word:
 * - Latin: letters or digits on neither side ("Chad" is not in "Chadwick"); case matters.
 * - Han: a two-character name starts at a word boundary (海地 is not in 沿海地区);
 *   日本 is not the 日 of a date (29日本报).
 * - Thai (no spaces between words): the name starts and ends at word boundaries, or is
 *   long and cuts no syllable.
 * - Arabic: a whole word, after an optional و/ف and ب/ل/ك (ومصر, بالصين, للصين).
 */
import { CodePoints, codePointLength } from "../../core/code-points.ts";
import { forEachSegment } from "../bounded-segmenter.ts";
import { normalize, normalizeName } from "./normalize.ts";
import type { CountryMention, GazetteerName, NameKind } from "./types.ts";

interface Node {
  next: Map<string, Node>;
  entry?: GazetteerName;
}

const RANK: Record<NameKind, number> = { country: 0, alias: 1, city: 2 };
const ARABIC_PREFIXES = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", ""];
const ARABIC_PREFIX_START = new Set(ARABIC_PREFIXES.map((p) => p[0]).filter(Boolean));
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const THAI_LEADING_VOWEL = /[\u0E40-\u0E44]/u;
const THAI_FOLLOWING = /[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u;
const HAN_NUMERAL = /[0-9０-９〇一二三四五六七八九十]/u;

export interface MatcherOptions {
  /** Names never matched (ambiguous or ordinary words), by exact spelling. */
  exclude?: Iterable<string>;
  /** Words after which a name is a language, not a country: ภาษาอังกฤษ, اللغة الصينية. */
  notAfter?: Iterable<string>;
  /** One-character forms matched in runs before one of the followers: 中法两国 → CN, FR. */
  compounds?: { abbreviations: Record<string, string>; followers: string[] };
}

export class Matcher {
  private readonly root: Node = { next: new Map() };
  private readonly compound?: { pattern: RegExp; codes: Record<string, string> };
  private readonly notAfter?: RegExp;

  constructor(names: Iterable<GazetteerName>, options: MatcherOptions = {}) {
    const exclude = new Set([...(options.exclude ?? [])].map(normalizeName));
    const byKey = new Map<string, GazetteerName[]>();
    for (const name of names) {
      const key = normalizeName(name.name);
      if (exclude.has(key) || !long(key)) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), { ...name, name: key }]);
    }
    for (const [key, entries] of byKey) {
      const entry = pick(entries);
      if (entry) this.insert(key, entry);
    }
    const notAfter = [...(options.notAfter ?? [])];
    if (notAfter.length) this.notAfter = new RegExp(`(?:${notAfter.map(escape).join("|")})\\s?$`, "u");
    if (options.compounds) {
      const chars = Object.keys(options.compounds.abbreviations).join("");
      const followers = options.compounds.followers.map(escape).join("|");
      this.compound = {
        pattern: new RegExp(`(?<![${HAN_NUMERAL.source.slice(1, -1)}])[${chars}]{2,5}(?=${followers})`, "gu"),
        codes: options.compounds.abbreviations,
      };
    }
  }

  find(text: string): CountryMention[] {
    const norm = normalize(text);
    const context = new Context(text);
    const found: { start: number; end: number; entry: GazetteerName }[] = [];
    const t = norm.text;
    for (let i = 0; i < t.length; i++) {
      // Most positions start no name: skip them without walking the trie.
      if (!this.root.next.has(t[i]!) && !ARABIC_PREFIX_START.has(t[i]!)) continue;
      const best = this.longestAt(t, i, norm.map, context);
      if (!best) continue;
      if (this.notAfter?.test(text.slice(Math.max(0, norm.map[best.start]! - 12), norm.map[best.start]!))) {
        i = best.end - 1;
        continue;
      }
      found.push({ start: norm.map[best.start]!, end: norm.map[best.end]!, entry: best.entry });
      i = best.end - 1;
    }
    if (this.compound) {
      const names = found.length;
      let k = 0; // found[0..names) is sorted and without overlaps: step through it
      for (const m of text.matchAll(this.compound.pattern)) {
        const start = m.index;
        while (k < names && found[k]!.end <= start) k++;
        if (k < names && found[k]!.start < start + m[0].length) continue;
        [...m[0]].forEach((char, i) => {
          found.push({ start: start + i, end: start + i + 1, entry: { name: char, code: this.compound!.codes[char]!, kind: "alias" } });
        });
      }
      found.sort((a, b) => a.start - b.start);
    }
    const points = new CodePoints(text);
    return found.map(({ start, end, entry }) => ({
      code: entry.code,
      text: text.slice(start, end),
      index: points.toCodePoint(start),
      kind: entry.kind,
      ...(entry.place ? { place: entry.place } : {}),
    }));
  }

  private insert(key: string, entry: GazetteerName): void {
    let node = this.root;
    for (const char of key) {
      let next = node.next.get(char);
      if (!next) node.next.set(char, (next = { next: new Map() }));
      node = next;
    }
    node.entry = entry;
  }

  /** The longest acceptable name starting at i (after an Arabic clitic, if any). */
  private longestAt(t: string, i: number, map: number[], context: Context): { start: number; end: number; entry: GazetteerName } | undefined {
    const first = t[i]!;
    const arabic = /\p{Script=Arabic}/u.test(first);
    if (arabic && i > 0 && WORD_CHAR.test(t[i - 1]!)) return undefined;
    let best: { start: number; end: number; entry: GazetteerName } | undefined;
    const consider = (start: number, end: number, entry: GazetteerName) => {
      if (best && end <= best.end) return;
      if (context.accepts(entry, map[start]!, map[end]!)) best = { start, end, entry };
    };
    if (!arabic) {
      for (const [end, entry] of this.walk(this.root, t, i)) consider(i, end, entry);
      return best;
    }
    for (const prefix of ARABIC_PREFIXES) {
      if (!t.startsWith(prefix, i)) continue;
      const j = i + prefix.length;
      for (const [end, entry] of this.walk(this.root, t, j)) if (arabicWordEnds(t, end)) consider(j, end, entry);
      // ل before the article drops its alef: ل + الصين = للصين
      const alef = this.root.next.get("ا");
      if (prefix.endsWith("ل") && alef && t[j] === "ل") {
        for (const [end, entry] of this.walk(alef, t, j)) if (arabicWordEnds(t, end)) consider(j - 1, end, entry);
      }
    }
    return best;
  }

  private *walk(from: Node, t: string, i: number): Generator<[number, GazetteerName]> {
    let node: Node | undefined = from;
    for (let k = i; k < t.length && node; k++) {
      node = node.next.get(t[k]!);
      if (node?.entry) yield [k + 1, node.entry];
    }
  }
}

/** Word boundaries and neighbours in the original text, computed once per script (one byte per UTF-16 unit). */
class Context {
  private boundaries = new Map<string, Uint8Array>();
  constructor(private readonly text: string) {}

  accepts(entry: GazetteerName, start: number, end: number): boolean {
    const name = entry.name;
    const before = this.text[start - 1] ?? "";
    const after = this.text[end] ?? "";
    const first = name[0]!;
    if (/\p{Script=Han}/u.test(first)) {
      if (/^[日月年]/u.test(name) && HAN_NUMERAL.test(before)) return false;
      return codePointLength(name) > 2 || this.isBoundary("zh", start);
    }
    if (/\p{Script=Thai}/u.test(first)) {
      const starts = this.isBoundary("th", start);
      const ends = this.isBoundary("th", end);
      if (starts && ends) return true;
      const cutsSyllable = THAI_LEADING_VOWEL.test(before) || THAI_FOLLOWING.test(after);
      return codePointLength(name) >= 5 && !cutsSyllable && (starts || ends);
    }
    if (/\p{Script=Arabic}/u.test(first)) return true; // checked while matching
    return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
  }

  private isBoundary(lang: string, index: number): boolean {
    let at = this.boundaries.get(lang);
    if (!at) {
      const marks = new Uint8Array(this.text.length + 1);
      marks[0] = marks[this.text.length] = 1;
      forEachSegment(this.text, wordSegmenter(lang), (start, end) => {
        marks[start] = marks[end] = 1;
      });
      this.boundaries.set(lang, (at = marks));
    }
    return at[index] === 1;
  }
}

/** One word segmenter per language for every text: making one costs more than segmenting a short text. */
const WORD_SEGMENTERS = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = WORD_SEGMENTERS.get(lang);
  if (!segmenter) WORD_SEGMENTERS.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "word" })));
  return segmenter;
}

function arabicWordEnds(t: string, end: number): boolean {
  return end >= t.length || !WORD_CHAR.test(t[end]!);
}

/** The entry a spelling stands for: its best-ranked kind, unless that names two countries (ambiguous). */
function pick(entries: GazetteerName[]): GazetteerName | undefined {
  const rank = Math.min(...entries.map((e) => RANK[e.kind]));
  const top = entries.filter((e) => RANK[e.kind] === rank);
  return new Set(top.map((e) => e.code)).size === 1 ? top[0] : undefined;
}

/** Shortest names matched: two Han characters, three letters in other scripts. */
function long(key: string): boolean {
  const length = codePointLength(key);
  return /\p{Script=Han}/u.test(key) ? length >= 2 : length >= 3 || /^[A-Z]{2}$/.test(key);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
