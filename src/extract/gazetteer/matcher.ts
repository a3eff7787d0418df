/**
 * Finds gazetteer names in a text: leftmost, longest name first (ลาว never inside
 * ลาวเวียง…, Guinea-Bissau before Guinea), with a guard for each script so a name is
 * not found inside a word. The guards are data, each language pack's `script` rule
 * (src/languages/<tag>/gazetteer.json); a script without one is matched as whole words:
 * letters or digits on neither side ("Chad" is not in "Chadwick"). Case matters.
 * - Word boundaries from Intl.Segmenter, for scripts without spaces (Han, Thai): a name
 *   needs a boundary at its start or at both ends, and less from some length on.
 * - Clitics (Arabic): a whole word, after one of the letters glued before it (ومصر, بالصين, للصين).
 */
import { CodePoints, codePointLength } from "../../core/code-points.ts";
import type { ScriptRule } from "../../languages/packs.ts";
import { forEachSegment } from "../bounded-segmenter.ts";
import { normalize, normalizeName } from "./normalize.ts";
import type { CountryMention, GazetteerName, NameKind } from "./types.ts";
import { segmenter } from "../../core/intl.ts";

interface Node {
  next: Map<string, Node>;
  entry?: GazetteerName;
}

const RANK: Record<NameKind, number> = { country: 0, alias: 1, city: 2 };
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MIN_LENGTH = 3;

/** A script rule with its patterns compiled. */
interface Rule {
  script: RegExp;
  minLength: number;
  short?: RegExp;
  segmenter?: string;
  needs: "start" | "both";
  relaxed?: { from: number; needs: "none" | "either"; before?: RegExp; after?: RegExp };
  notAfter?: { first: RegExp; after: RegExp };
  clitics?: string[];
  elision?: [string, string];
}

export interface MatcherOptions {
  /** Names never matched (ambiguous or ordinary words), by exact spelling. */
  exclude?: Iterable<string>;
  /** Words after which a name is a language, not a country: ภาษาอังกฤษ, اللغة الصينية. */
  notAfter?: Iterable<string>;
  /** One-character forms matched in runs before one of the followers, not after a character of `notAfter`: 中法两国 → CN, FR. */
  compounds?: { abbreviations: Record<string, string>; followers: string[]; notAfter: string }[];
  /** How names of each script are told apart from the words around them (one rule per script). */
  scripts?: ScriptRule[];
}

export class Matcher {
  private readonly root: Node = { next: new Map() };
  private readonly compounds: { pattern: RegExp; codes: Record<string, string> }[];
  private readonly notAfter?: RegExp;
  private readonly rules: Rule[];
  /** The rule of each character's script (or none), looked up once per character. */
  private readonly ruleOf = new Map<string, Rule | null>();

  constructor(names: Iterable<GazetteerName>, options: MatcherOptions = {}) {
    this.rules = (options.scripts ?? []).map(compileRule);
    const exclude = new Set([...(options.exclude ?? [])].map(normalizeName));
    const byKey = new Map<string, GazetteerName[]>();
    for (const name of names) {
      const key = normalizeName(name.name);
      if (exclude.has(key) || !this.long(key)) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), { ...name, name: key }]);
    }
    for (const [key, entries] of byKey) {
      const entry = pick(entries);
      if (entry) this.insert(key, entry);
    }
    const notAfter = [...(options.notAfter ?? [])];
    if (notAfter.length) this.notAfter = new RegExp(`(?:${notAfter.map(escape).join("|")})\\s?$`, "u");
    this.compounds = (options.compounds ?? []).map((c) => ({
      pattern: new RegExp(`(?<!${c.notAfter})[${Object.keys(c.abbreviations).join("")}]{2,5}(?=${c.followers.map(escape).join("|")})`, "gu"),
      codes: c.abbreviations,
    }));
  }

  /** First letters of the packs' clitics (و, ف, ب …), where a name may start after one. */
  private cliticStarts: Set<string> | undefined;

  /** The rule for the script of a character, if a pack gives one. */
  private rule(char: string): Rule | undefined {
    let rule = this.ruleOf.get(char);
    if (rule === undefined) this.ruleOf.set(char, (rule = this.rules.find((r) => r.script.test(char)) ?? null));
    return rule ?? undefined;
  }

  /** Long enough to be matched: the script rule's shortest length (three code points by default), or its short pattern. */
  private long(key: string): boolean {
    const rule = this.rule(key[0]!);
    return codePointLength(key) >= (rule?.minLength ?? MIN_LENGTH) || !!rule?.short?.test(key);
  }

  find(text: string): CountryMention[] {
    const norm = normalize(text);
    const context = new Context(text, (char) => this.rule(char));
    const found: { start: number; end: number; entry: GazetteerName }[] = [];
    const t = norm.text;
    const cliticStarts = (this.cliticStarts ??= new Set(this.rules.flatMap((r) => r.clitics ?? []).map((c) => c[0]!).filter(Boolean)));
    for (let i = 0; i < t.length; i++) {
      // Most positions start no name: skip them without walking the trie.
      if (!this.root.next.has(t[i]!) && !cliticStarts.has(t[i]!)) continue;
      const best = this.longestAt(t, i, norm.map, context);
      if (!best) continue;
      if (this.notAfter?.test(text.slice(Math.max(0, norm.map[best.start]! - 12), norm.map[best.start]!))) {
        i = best.end - 1;
        continue;
      }
      found.push({ start: norm.map[best.start]!, end: norm.map[best.end]!, entry: best.entry });
      i = best.end - 1;
    }
    const names = found.length;
    for (const compound of this.compounds) {
      let k = 0; // found[0..names) is sorted and without overlaps: step through it
      for (const m of text.matchAll(compound.pattern)) {
        const start = m.index;
        while (k < names && found[k]!.end <= start) k++;
        if (k < names && found[k]!.start < start + m[0].length) continue;
        [...m[0]].forEach((char, i) => {
          found.push({ start: start + i, end: start + i + 1, entry: { name: char, code: compound.codes[char]!, kind: "alias" } });
        });
      }
    }
    if (found.length > names) found.sort((a, b) => a.start - b.start);
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

  /** The longest acceptable name starting at i (after a clitic, if its script has them). */
  private longestAt(t: string, i: number, map: number[], context: Context): { start: number; end: number; entry: GazetteerName } | undefined {
    const clitics = this.rule(t[i]!)?.clitics;
    if (clitics && i > 0 && WORD_CHAR.test(t[i - 1]!)) return undefined;
    let best: { start: number; end: number; entry: GazetteerName } | undefined;
    const consider = (start: number, end: number, entry: GazetteerName) => {
      if (best && end <= best.end) return;
      if (context.accepts(entry, map[start]!, map[end]!)) best = { start, end, entry };
    };
    if (!clitics) {
      for (const [end, entry] of this.walk(this.root, t, i)) consider(i, end, entry);
      return best;
    }
    const elision = this.rule(t[i]!)?.elision;
    const dropped = elision && this.root.next.get(elision[1]);
    for (const prefix of clitics) {
      if (!t.startsWith(prefix, i)) continue;
      const j = i + prefix.length;
      for (const [end, entry] of this.walk(this.root, t, j)) if (wordEnds(t, end)) consider(j, end, entry);
      // a clitic that drops the next word's first letter: ل + الصين = للصين
      if (dropped && prefix.endsWith(elision[0]) && t.startsWith(elision[0], j)) {
        for (const [end, entry] of this.walk(dropped, t, j)) if (wordEnds(t, end)) consider(j - 1, end, entry);
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

/** Word boundaries and neighbours in the original text, computed once per segmenter language (one byte per UTF-16 unit). */
class Context {
  private boundaries = new Map<string, Uint8Array>();
  constructor(
    private readonly text: string,
    private readonly ruleOf: (char: string) => Rule | undefined,
  ) {}

  accepts(entry: GazetteerName, start: number, end: number): boolean {
    const name = entry.name;
    const before = this.text[start - 1] ?? "";
    const after = this.text[end] ?? "";
    const rule = this.ruleOf(name[0]!);
    if (rule?.notAfter?.first.test(name[0]!) && rule.notAfter.after.test(before)) return false;
    if (rule?.clitics) return true; // checked while matching
    const segmenter = rule?.segmenter;
    if (!segmenter) return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
    const starts = this.isBoundary(segmenter, start);
    const ends = rule.needs === "start" || this.isBoundary(segmenter, end);
    if (starts && ends) return true;
    const relaxed = rule.relaxed;
    if (!relaxed || codePointLength(name) < relaxed.from) return false;
    if (relaxed.needs === "none") return true;
    const cutsSyllable = !!relaxed.before?.test(before) || !!relaxed.after?.test(after);
    return !cutsSyllable && (starts || this.isBoundary(segmenter, end));
  }

  private isBoundary(lang: string, index: number): boolean {
    let at = this.boundaries.get(lang);
    if (!at) {
      const marks = new Uint8Array(this.text.length + 1);
      marks[0] = marks[this.text.length] = 1;
      forEachSegment(this.text, segmenter(lang), (start, end) => {
        marks[start] = marks[end] = 1;
      });
      this.boundaries.set(lang, (at = marks));
    }
    return at[index] === 1;
  }
}

function wordEnds(t: string, end: number): boolean {
  return end >= t.length || !WORD_CHAR.test(t[end]!);
}

/** The entry a spelling stands for: its best-ranked kind, unless that names two countries (ambiguous). */
function pick(entries: GazetteerName[]): GazetteerName | undefined {
  const rank = Math.min(...entries.map((e) => RANK[e.kind]));
  const top = entries.filter((e) => RANK[e.kind] === rank);
  return new Set(top.map((e) => e.code)).size === 1 ? top[0] : undefined;
}

function compileRule(rule: ScriptRule): Rule {
  const relaxed = rule.relaxed;
  return {
    script: new RegExp(`\\p{Script=${rule.script}}`, "u"),
    minLength: rule.minLength ?? MIN_LENGTH,
    ...(rule.short ? { short: new RegExp(rule.short, "u") } : {}),
    ...(rule.segmenter ? { segmenter: rule.segmenter } : {}),
    needs: rule.needs ?? "both",
    ...(relaxed
      ? { relaxed: { from: relaxed.from, needs: relaxed.needs, ...(relaxed.syllable ? { before: new RegExp(relaxed.syllable.before, "u"), after: new RegExp(relaxed.syllable.after, "u") } : {}) } }
      : {}),
    ...(rule.notAfter ? { notAfter: { first: new RegExp(`^${rule.notAfter.first}`, "u"), after: new RegExp(rule.notAfter.after, "u") } } : {}),
    ...(rule.clitics ? { clitics: rule.clitics } : {}),
    ...(rule.elision ? { elision: rule.elision } : {}),
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
