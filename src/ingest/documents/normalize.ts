/**
 * One text form for every document, whatever it came from: NFC, \n line ends, no control or
 * invisible formatting characters, single spaces, paragraphs separated by one blank line.
 * Citations are located by code-point offset in this text, so it is written once and never reflowed.
 * Also the repairs a PDF's text layer needs: line ends joined (de-hyphenated) and glyph forms mapped
 * back to the characters they show.
 */

/** C0/C1 controls except tab and newline, bidi embeddings/overrides/isolates, BOM, soft hyphen, zero-width space. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SPACES = /[ \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalizes one paragraph (it may contain single line breaks, e.g. from <br>). */
export function normalizeParagraph(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.replace(SPACES, " ").replace(/ ?\t[ \t]*/g, "\t").trim())
    .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** The document text: normalized paragraphs, one blank line between them, a final newline. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept = [...paragraphs].map(normalizeParagraph).filter((p) => p !== "");
  return kept.length ? `${kept.join("\n\n")}\n` : "";
}

/** Plain text as received (txt): line ends and characters normalized, blank-line paragraphs kept. */
export function normalizeText(text: string): string {
  const unified = text.replace(/\r\n?/g, "\n");
  return joinParagraphs(unified.split(/\n[ \t\u00A0\u3000]*\n\s*/));
}

// Scripts written without spaces between words: a line break next to Chinese or Japanese, or
// between two Thai (Lao, Khmer, Burmese) characters, is not a space.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
const SOUTHEAST_ASIAN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * Joins the lines of one paragraph of a PDF. A hyphen at a line end followed by a lower-case
 * letter is a word broken by typesetting unless the document shows otherwise: the hyphenated
 * form elsewhere keeps it ("mud-filled"), the joined form elsewhere drops it, and two parts that
 * are each words of the document keep it ("low-lying"); otherwise it is dropped ("recom-mend").
 */
export function joinLines(lines: string[], words: ReadonlySet<string>): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const last = out.at(-1)!;
    const first = line[0]!;
    if ((last === "-" || last === "\u2010") && LETTER.test(out.at(-2) ?? "") && LOWER.test(first)) {
      const left = /[\p{L}\p{M}\p{N}'’-]*$/u.exec(out.slice(0, -1))![0].toLowerCase();
      const right = /^[\p{L}\p{M}\p{N}'’]*/u.exec(line)![0].toLowerCase();
      out = keepHyphen(left, right, words) ? out + line : out.slice(0, -1) + line;
    } else if (CJK.test(last) || CJK.test(first) || (SOUTHEAST_ASIAN.test(last) && SOUTHEAST_ASIAN.test(first))) out += line;
    else out += ` ${line}`;
  }
  return out;
}

function keepHyphen(left: string, right: string, words: ReadonlySet<string>): boolean {
  if (words.has(`${left}-${right}`)) return true;
  if (words.has(left + right)) return false;
  const lastPart = left.split("-").at(-1)!;
  return lastPart.length > 1 && right.length > 1 && words.has(lastPart) && words.has(right);
}

/**
 * Lower-cased words (with inner hyphens) of all the lines of a document, to decide line-end
 * hyphens by. The two halves of a word broken at a line end are left out: they are not evidence.
 */
export function wordsOf(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  const WORD = /[\p{L}\p{M}\p{N}'’]+(?:-[\p{L}\p{M}\p{N}'’]+)*/gu;
  let skipFirst = false;
  for (const line of lines) {
    const all = line.toLowerCase().match(WORD) ?? [];
    const broken = /\p{L}[-\u2010]$/u.test(line.trimEnd());
    const kept = all.slice(skipFirst ? 1 : 0, broken ? -1 : undefined);
    for (const w of kept) {
      words.add(w);
      if (w.includes("-")) for (const part of w.split("-")) words.add(part);
    }
    skipFirst = broken;
  }
  return words;
}

/**
 * CJK radical code points that PDF producers map shared glyphs to (⽇ for 日, ⻋ for 车). Kangxi
 * radicals (U+2F00–2FD5) have compatibility decompositions; the supplement's simplified forms do not.
 */
const RADICALS: Record<string, string> = {
  "⺟": "母", "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長", "⻓": "长", "⻔": "门",
  "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼",
  "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟",
};

/**
 * Glyph forms a PDF text layer reports in place of the characters shown: Kangxi and CJK
 * radicals, Arabic presentation forms and Latin ligatures (ﬁ). Compatibility-decomposed in
 * those blocks only, so full-width punctuation in Chinese text stays as written.
 */
export function unglyph(text: string): string {
  return text
    .replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c)
    .replace(/[\u2F00-\u2FDF\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFF]/g, (c) => (c === "\uFEFF" ? "" : c.normalize("NFKC")));
}
