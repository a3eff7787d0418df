/**
 * A Word document (.docx): its paragraphs, headings, list items and table rows, by mammoth
 * (which reads the document's structure, not its look). The Title style or the first heading
 * is the title. A Word 97–2003 file or a password-protected .docx (both OLE containers) is
 * refused with how to convert it.
 */
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { nodeParagraphs } from "./html-text.ts";
import { resolveLang } from "./language.ts";
import { joinParagraphs, normalizeParagraph } from "./normalize.ts";
import { DocumentError, type ReadResult } from "./types.ts";

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
  const title = heading ? normalizeParagraph(heading.textContent ?? "").replace(/\n/g, " ").slice(0, 300) : "";
  const lang = resolveLang([], text);
  return {
    format: "docx",
    text,
    ...(title ? { title, titleFrom: heading!.className === "title" ? undefined : "the first heading" } : {}),
    lang: lang.lang,
    langBasis: lang.basis,
    langEvidence: lang.evidence,
    published: [],
    warnings: [],
  };
}
