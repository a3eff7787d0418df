/**
 * Reading a document file into normalized text and what the file says about itself. One reader
 * per format; every refusal is a DocumentError naming the file, the problem and the fix.
 * Pure: reads the file, writes nothing.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readDocx } from "./docx.ts";
import { readHtml } from "./html.ts";
import { readMarkdown } from "./markdown.ts";
import { readPdf } from "./pdf.ts";
import { readText } from "./text.ts";
import { DocumentError, type DocumentFormat, type ReadResult } from "./types.ts";

export { DocumentError, type DocumentFormat, type PublishedCandidate, type ReadResult } from "./types.ts";
export { canonicalLang } from "./language.ts";

const FORMATS: Record<string, DocumentFormat> = {
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".docx": "docx",
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
};

export const SUPPORTED = Object.keys(FORMATS);

/** The format a file name stands for, or undefined if it is not one `add` reads. */
export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** What to do with a file of a format that is not read. */
export function unsupportedFix(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === ".doc" || ext === ".rtf" || ext === ".odt" || ext === ".pages" || ext === ".wps") return "Open it in Word or LibreOffice and save it as .docx (or print it to PDF), then add that";
  if ([".csv", ".xlsx", ".xls", ".json", ".ods"].includes(ext)) return "Spreadsheets and timelines are brought in with `datelines import`";
  if ([".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".webp", ".heic", ".bmp"].includes(ext)) return "Images are not read (OCR is not done here): add the text as a .txt file";
  if (ext === ".mhtml" || ext === ".mht" || ext === ".webarchive") return "Save the page as \"Web Page, HTML only\" (.html) and add that";
  return `Convert it to one of ${SUPPORTED.join(" ")}`;
}

export async function readSourceFile(path: string): Promise<ReadResult> {
  const format = formatOf(path);
  if (!format) {
    const ext = extname(path);
    throw new DocumentError(path, ext ? `${ext} files are not read` : "a file without an extension is not read", unsupportedFix(path));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : `cannot be read (${code ?? error})`;
    throw new DocumentError(path, problem, code === "ENOENT" ? "Check the path" : "Check the file and its permissions");
  }
  if (bytes.length === 0) throw new DocumentError(path, "the file is empty", "Check that it is the right file, or save it again");
  switch (format) {
    case "html":
      return readHtml(path, bytes);
    case "pdf":
      return readPdf(path, bytes);
    case "docx":
      return readDocx(path, bytes);
    case "markdown":
      return readMarkdown(path, bytes);
    case "text":
      return readText(path, bytes);
  }
}
