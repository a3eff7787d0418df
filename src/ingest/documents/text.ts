/**
 * A plain-text file: UTF-8 (a byte-order mark is dropped), paragraphs separated by blank lines
 * kept, line breaks inside a paragraph kept. Text in another encoding is refused with the
 * encoding it most likely is and the command that converts it. A short first line standing
 * alone is taken as the title, for the editor to confirm.
 */
import { decodeUtf8, describeEncodingProblem } from "../../core/text-encoding.ts";
import { resolveLang } from "./language.ts";
import { normalizeText } from "./normalize.ts";
import { DocumentError, type ReadResult } from "./types.ts";

export function readText(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DocumentError(file, "it is a binary file, not text", "Check the file: only plain text belongs in a .txt");
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "UTF-16LE" : bytes[0] === 0xfe && bytes[1] === 0xff ? "UTF-16BE" : undefined;
    const problem = utf16
      ? `it is ${utf16} text, not UTF-8: convert it with \`iconv -f ${utf16} -t UTF-8 ${file} > converted && mv converted ${file}\``
      : `it ${describeEncodingProblem(decoded, file)}`;
    throw new DocumentError(file, problem, "Then add it again");
  }
  const text = normalizeText(decoded.text);
  if (!text) throw new DocumentError(file, "the file contains no text", "Check that it is the right file");
  const first = text.slice(0, text.indexOf("\n"));
  const standsAlone = text.startsWith(`${first}\n\n`) && first.length <= 200 && !/[.。!?！？:：;；,，]$/.test(first);
  const lang = resolveLang([], text);
  return {
    format: "text",
    text,
    ...(standsAlone ? { title: first, titleFrom: "the first line" } : {}),
    lang: lang.lang,
    langBasis: lang.basis,
    langEvidence: lang.evidence,
    published: [],
    warnings: [],
  };
}
