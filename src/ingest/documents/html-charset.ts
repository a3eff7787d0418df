/**
 * Decodes a saved page as a browser would: a byte-order mark, else the charset the page
 * declares in its first bytes (<meta charset>, http-equiv Content-Type; Chinese sites often
 * save GBK), else UTF-8. Bytes that do not decode are an error naming the likely encoding.
 */
import { decodeUtf8, describeEncodingProblem } from "../../core/text-encoding.ts";
import { DocumentError } from "./types.ts";

export function decodeHtml(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? undefined;
  if (declared && !/^utf-?8$/i.test(declared)) {
    let decoder: TextDecoder | undefined;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      decoder = undefined; // an unknown label: read as UTF-8 below
    }
    if (decoder) {
      try {
        return decoder.decode(bytes);
      } catch {
        throw new DocumentError(file, `the page declares charset ${declared} but its bytes are not valid ${declared}`, "Save the page again from the browser, or convert it to UTF-8");
      }
    }
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  throw new DocumentError(file, `it ${describeEncodingProblem(decoded, file)}`, "Then add it again");
}
