/**
 * A Word document (.docx): its paragraphs, headings, list items and table rows, by mammoth
 * (which reads the document's structure, not its look). The Title style or the first heading
 * is the title, else the file's properties (docProps/core.xml), which also give a declared
 * language and the created date (weak evidence). A Word 97–2003 file or a password-protected
 * .docx (both OLE containers) is refused with how to convert it.
 */
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { nodeParagraphs } from "./html-text.ts";
import { resolveLang } from "./language.ts";
import { joinParagraphs, normalizeParagraph } from "./normalize.ts";
import { docxCandidate } from "./published.ts";
import { DocumentError, type ReadResult } from "./types.ts";
import { zipEntry } from "./zip-entry.ts";

const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2.subtitle:fresh"];

export async function readDocx(file: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocumentError(
      file,
      "it is not a .docx (Office Open XML) file but an OLE container: a Word 97–2003 .doc, or a password-protected .docx",
      "Open it in Word or LibreOffice and save it as .docx without a password, then add that",
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (error) {
    throw new DocumentError(file, `it is not a readable .docx (${(error as Error).message.split("\n")[0]})`, "The file is damaged or incomplete: open it in Word or LibreOffice and save it again");
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const text = joinParagraphs(nodeParagraphs(document.body as never));
  if (!text) throw new DocumentError(file, "the document contains no text", "Check that it is the right file (a scan pasted into Word needs OCR, which is not done here)");
  const heading = document.querySelector("h1.title") ?? document.querySelector("h1, h2");
  const core = coreProperties(bytes);
  const title = heading ? normalizeParagraph(heading.textContent ?? "").replace(/\n/g, " ").slice(0, 300) : "";
  const titleFrom = !heading ? "the file's properties" : heading.className === "title" ? undefined : "the first heading";
  const lang = resolveLang([core.language], text);
  return {
    format: "docx",
    text,
    ...(title || core.title ? { title: title || core.title!.slice(0, 300), ...(titleFrom ? { titleFrom } : {}) } : {}),
    lang: lang.lang,
    langBasis: lang.basis,
    langEvidence: lang.evidence,
    published: docxCandidate(core.created),
    warnings: [],
  };
}

/** dc:title, dc:language and dcterms:created from docProps/core.xml. */
function coreProperties(bytes: Uint8Array): { title?: string; language?: string; created?: string } {
  const xml = zipEntry(bytes, "docProps/core.xml")?.toString("utf8") ?? "";
  const field = (tag: string) => {
    const raw = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
    const value = raw?.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, d, h, n) =>
      d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[n.toLowerCase()]!,
    ).trim();
    return value || undefined;
  };
  return { title: field("dc:title"), language: field("dc:language"), created: field("dcterms:created") };
}
