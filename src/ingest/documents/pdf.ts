/**
 * A PDF's text layer in reading order, by pdf.js: each page's text pieces (with the producer's
 * ActualText where it gives the real characters of a glyph cluster) laid out into paragraphs.
 * The document information (Title, Author, CreationDate) is weak evidence: the title is for the
 * editor to confirm, and the creation date is when the file was made. A PDF without a text layer
 * (a scan) is refused with a message that OCR is not done, never added as an empty document.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { resolveLang } from "./language.ts";
import { joinParagraphs, normalizeParagraph, unglyph } from "./normalize.ts";
import { layoutPages, type Piece } from "./pdf-layout.ts";
import { markersByPage, type Marker } from "./pdf-marked-content.ts";
import { pdfCandidate } from "./published.ts";
import { DocumentError, type ReadResult } from "./types.ts";

const PDFJS = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const OCR_FIX = "OCR is not done here: run OCR on it (e.g. `ocrmypdf in.pdf out.pdf`) and add the result, or add the text as a .txt file";

export async function readPdf(file: string, bytes: Uint8Array): Promise<ReadResult> {
  const doc = await open(file, bytes);
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    let markers: (Marker[] | undefined)[] | undefined;
    try {
      markers = markersByPage(bytes);
    } catch {
      markers = undefined; // the text layer as pdf.js reads it
    }
    const pages: Piece[][] = [];
    const blank: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const pieces = piecesOf(content.items as Item[], markers?.[n - 1]);
      if (!pieces.some((p) => p.str.trim())) blank.push(n);
      pages.push(pieces);
      page.cleanup();
    }
    const text = joinParagraphs(layoutPages(pages).map(unglyph));
    const warnings: string[] = [];
    if (!text) {
      const scanned = await hasImages(doc, blank);
      throw new DocumentError(
        file,
        scanned.length ? "the PDF has no text layer: its pages are images (a scan?)" : "the PDF contains no text",
        scanned.length ? OCR_FIX : "Check that it is the right file",
      );
    }
    const scanned = await hasImages(doc, blank);
    const which = `page${scanned.length > 1 ? "s" : ""} ${scanned.join(", ")}`;
    if (scanned.length) warnings.push(`${which} ${scanned.length > 1 ? "have" : "has"} no text layer (scanned?): not included; ${OCR_FIX}`);
    const title = metadataTitle(info.Title);
    const firstLine = text.slice(0, text.indexOf("\n"));
    const titleFromText = !title && firstLine.length <= 200 && !/[.。!?！？]$/.test(firstLine) ? firstLine : undefined;
    const lang = resolveLang([typeof info.Language === "string" ? info.Language : undefined], text);
    const author = typeof info.Author === "string" ? oneLine(info.Author).slice(0, 200) || undefined : undefined;
    return {
      format: "pdf",
      text,
      ...(title ? { title, titleFrom: "the PDF's Title metadata" } : titleFromText ? { title: titleFromText, titleFrom: "the first line" } : {}),
      ...(author ? { author } : {}),
      lang: lang.lang,
      langBasis: lang.basis,
      langEvidence: lang.evidence,
      published: pdfCandidate(info.CreationDate),
      warnings,
      ...(scanned.length ? { incomplete: `The PDF's ${which} ${scanned.length > 1 ? "are images" : "is an image"} without a text layer (scanned); ${scanned.length > 1 ? "their" : "its"} text is not in this document.` } : {}),
    };
  } finally {
    await doc.destroy();
  }
}

async function open(file: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapUrl: join(PDFJS, "cmaps/"),
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS, "standard_fonts/"),
    }).promise;
  } catch (error) {
    const { name, message } = error as Error;
    if (name === "PasswordException") {
      throw new DocumentError(file, "the PDF is encrypted and needs a password to open", "Open it with the password and save an unprotected copy (or print it to PDF), then add that");
    }
    throw new DocumentError(file, `it is not a readable PDF (${message})`, "The file is damaged or incomplete: download or export it again");
  }
}

type Item =
  | { type: "beginMarkedContent" | "beginMarkedContentProps"; tag?: string | null }
  | { type: "endMarkedContent" }
  | { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

/** pdf.js text items as pieces; the glyphs inside a marked span with ActualText become that text. */
export function piecesOf(items: Item[], markers: Marker[] | undefined): Piece[] {
  const begins = items.filter((i) => "type" in i && i.type !== "endMarkedContent") as { tag?: string | null }[];
  const usable = markers !== undefined && begins.length === markers.length && begins.every((b, i) => (b.tag ?? "") === markers[i]!.tag);
  const out: Piece[] = [];
  const stack: { actual?: string; pieces: Piece[] }[] = [];
  const target = () => stack.at(-1)?.pieces ?? out;
  let k = 0;
  for (const item of items) {
    if ("type" in item) {
      if (item.type !== "endMarkedContent") stack.push({ actual: usable ? markers[k++]!.actualText : undefined, pieces: [] });
      else {
        const span = stack.pop();
        if (span) target().push(...(span.actual !== undefined ? merge(span.pieces, span.actual) : span.pieces));
      }
      continue;
    }
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    target().push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height || 10, eol: item.hasEOL });
  }
  while (stack.length) out.push(...stack.pop()!.pieces);
  return out;
}

/** A span's glyph pieces as one piece of its ActualText; spaces pdf.js put inside the span stay around it. */
function merge(pieces: Piece[], actual: string): Piece[] {
  const glyphs = pieces.filter((p) => p.str.trim() !== "");
  if (!glyphs.length) return pieces;
  const first = pieces.indexOf(glyphs[0]!);
  const last = pieces.indexOf(glyphs.at(-1)!);
  const x = Math.min(...glyphs.map((p) => p.x));
  const right = Math.max(...glyphs.map((p) => p.x + p.width));
  const merged = { str: actual, x, y: glyphs[0]!.y, width: right - x, size: Math.max(...glyphs.map((p) => p.size)), eol: pieces[last]!.eol };
  return [...pieces.slice(0, first), merged, ...pieces.slice(last + 1)];
}

/** The given pages that paint an image: scanned pages, when they have no text. */
async function hasImages(doc: PDFDocumentProxy, pages: number[]): Promise<number[]> {
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const found: number[] = [];
  for (const n of pages) {
    const page: PDFPageProxy = await doc.getPage(n);
    const ops = await page.getOperatorList();
    if (ops.fnArray.some((fn) => images.has(fn))) found.push(n);
    page.cleanup();
  }
  return found;
}

function metadataTitle(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const title = oneLine(value).replace(/^Microsoft (?:Word|PowerPoint) - /, "").replace(/\.(?:docx?|pptx?|odt|pages|indd)$/i, "").trim();
  return title && !/^(?:untitled|document\d*|about:blank)$/i.test(title) ? title.slice(0, 300) : undefined;
}

function oneLine(value: string): string {
  return normalizeParagraph(unglyph(value)).replace(/\n/g, " ");
}
