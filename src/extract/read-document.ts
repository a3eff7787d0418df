/** Reads a document as strict UTF-8 text, with an error that says what is wrong. */
import { readFile } from "node:fs/promises";
import { decodeUtf8, describeEncodingProblem } from "../core/text-encoding.ts";

export class UnreadableDocumentError extends Error {
  constructor(file: string, reason: string) {
    super(`Cannot read ${file}: ${reason}`);
    this.name = "UnreadableDocumentError";
  }
}

export async function readDocument(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableDocumentError(file, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? error));
  }
  if (bytes.includes(0)) throw new UnreadableDocumentError(file, "it is a binary file, not text");
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new UnreadableDocumentError(file, `it ${describeEncodingProblem(decoded, file)}`);
  return decoded.text;
}
