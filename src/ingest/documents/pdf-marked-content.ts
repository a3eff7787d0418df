/**
 * The marked-content operators (BMC, BDC) of each page's content streams, in order, with their
 * /ActualText. PDF producers such as Chromium (Skia) put the real text of a glyph cluster there
 * (Thai vowels and tone marks, ligatures, Arabic letters, CJK characters drawn with a radical's
 * glyph) while the glyphs' own ToUnicode entries are empty or wrong; pdf.js reports the markers
 * but not their ActualText. A small reader of classic PDF files: objects found by scanning,
 * the page tree from /Root, Flate or unfiltered content streams. Anything else gives undefined,
 * and the text layer is then used as pdf.js reads it.
 */
import { inflateSync } from "node:zlib";

export interface Marker {
  tag: string;
  actualText?: string;
}

/** Per page (in order), its markers; undefined for the file or a page this reader cannot follow. */
export function markersByPage(bytes: Uint8Array): (Marker[] | undefined)[] | undefined {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const offsets = new Map<number, number>();
  for (const m of s.matchAll(/(?<![\d])(\d+)\s+\d+\s+obj\b/g)) offsets.set(Number(m[1]), m.index! + m[0].length);
  const body = (n: number): string | undefined => {
    const at = offsets.get(n);
    if (at === undefined) return undefined;
    const end = s.indexOf("endobj", at);
    return s.slice(at, end < 0 ? undefined : end);
  };
  const root = [...s.matchAll(/\/Root\s+(\d+)\s+\d+\s+R/g)].at(-1)?.[1];
  const pagesRef = root && /\/Pages\s+(\d+)\s+\d+\s+R/.exec(body(Number(root)) ?? "")?.[1];
  if (!pagesRef) return undefined;
  const pages: string[] = [];
  const walk = (n: number, depth: number): void => {
    const dict = body(n);
    if (!dict || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "";
      for (const k of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(k[1]), depth + 1);
    } else pages.push(dict);
  };
  walk(Number(pagesRef), 0);
  return pages.map((page) => {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page)?.[1] ?? "";
    const streams = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => streamOf(s, body(Number(r[1])), body));
    if (streams.some((x) => x === undefined)) return undefined;
    return markers(streams.join("\n"));
  });
}

function streamOf(s: string, dict: string | undefined, body: (n: number) => string | undefined): string | undefined {
  if (!dict) return undefined;
  const start = dict.indexOf("stream");
  if (start < 0) return undefined;
  const head = dict.slice(0, start);
  const length = /\/Length\s+(\d+)(\s+\d+\s+R)?/.exec(head);
  if (!length) return undefined;
  const size = length[2] ? Number(body(Number(length[1]))?.trim()) : Number(length[1]);
  let from = start + "stream".length;
  if (dict[from] === "\r") from++;
  if (dict[from] === "\n") from++;
  const raw = Buffer.from(dict.slice(from, from + size), "latin1");
  const f = /\/Filter\s*(?:\[([^\]]*)\]|(\/\w+))/.exec(head);
  const filter = (f?.[1] ?? f?.[2] ?? "").trim();
  try {
    if (filter === "") return raw.toString("latin1");
    if (filter === "/FlateDecode") return inflateSync(raw).toString("latin1");
  } catch {
    return undefined;
  }
  return undefined;
}

type Token = { t: "name"; v: string } | { t: "str"; v: string } | { t: "other"; v: string };

/** BMC and BDC operators of a content stream, in order. */
export function markers(content: string): Marker[] {
  const out: Marker[] = [];
  if (!/B[DM]C/.test(content)) return out;
  let operands: Token[] = [];
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i]!;
    if (/[\s\0]/.test(c)) i++;
    else if (c === "%") while (i < n && content[i] !== "\n" && content[i] !== "\r") i++;
    else if (c === "(") {
      const [v, next] = literal(content, i);
      operands.push({ t: "str", v });
      i = next;
    } else if (c === "<" && content[i + 1] !== "<") {
      const end = content.indexOf(">", i);
      const hex = content.slice(i + 1, end < 0 ? n : end).replace(/\s/g, "");
      operands.push({ t: "str", v: Buffer.from(hex.length % 2 ? `${hex}0` : hex, "hex").toString("latin1") });
      i = end < 0 ? n : end + 1;
    } else if ("<>[]{}".includes(c)) {
      const two = content.slice(i, i + 2);
      operands.push({ t: "other", v: two === "<<" || two === ">>" ? two : c });
      i += two === "<<" || two === ">>" ? 2 : 1;
    } else {
      const m = /^\/?[^\s\0()<>[\]{}/%]*/.exec(content.slice(i, i + 256))!;
      const word = m[0] || c;
      i += word.length;
      if (word.startsWith("/")) operands.push({ t: "name", v: word.slice(1) });
      else if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(word) || word === "true" || word === "false" || word === "null") operands.push({ t: "other", v: word });
      else {
        if (word === "BMC" || word === "BDC") out.push(marker(operands));
        else if (word === "ID") {
          const end = content.slice(i).search(/\sEI(?=[\s\0]|$)/);
          i = end < 0 ? n : i + end + 3;
        }
        operands = [];
      }
    }
  }
  return out;
}

function marker(operands: Token[]): Marker {
  const tag = operands[0]?.t === "name" ? operands[0].v : "";
  const at = operands.findIndex((o) => o.t === "name" && o.v === "ActualText");
  const value = at >= 0 ? operands[at + 1] : undefined;
  return value?.t === "str" ? { tag, actualText: textString(value.v) } : { tag };
}

/** A PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding (Latin-1 here). */
function textString(bytes: string): string {
  if (bytes.startsWith("\xFE\xFF")) {
    const utf16 = bytes.slice(2, bytes.length - (bytes.length % 2));
    return Buffer.from(utf16, "latin1").swap16().toString("utf16le");
  }
  return bytes;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };

function literal(s: string, start: number): [string, number] {
  let depth = 0;
  let out = "";
  let i = start;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\") {
      const next = s[++i] ?? "";
      const octal = /^[0-7]{1,3}/.exec(s.slice(i, i + 3))?.[0];
      if (octal) {
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (next === "\r" || next === "\n") {
        if (next === "\r" && s[i + 1] === "\n") i++;
      } else out += ESCAPES[next] ?? next;
    } else if (c === "(") {
      if (depth++ > 0) out += c;
    } else if (c === ")") {
      if (--depth === 0) return [out, i + 1];
      out += c;
    } else out += c;
  }
  return [out, i];
}
