/**
 * Recognising a document already in the data folder: a SHA-256 of its text in NFC with all
 * whitespace removed, so the same content read again, re-wrapped or with other line ends, has
 * the same fingerprint. Every .txt in documents/ is indexed, whether or not a source names it.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export function fingerprint(text: string): string {
  return createHash("sha256").update(text.normalize("NFC").replace(/\s+/gu, "")).digest("hex");
}

/** Fingerprint → file name, for every document in <data>/documents/. */
export async function documentFingerprints(data: string): Promise<Map<string, string>> {
  const dir = join(data, "documents");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".txt")).sort();
  const index = new Map<string, string>();
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    const key = fingerprint(text);
    if (!index.has(key)) index.set(key, name);
  }
  return index;
}
