/**
 * `datelines extract --json [--lang <tag>] [--published YYYY-MM-DD] <file>`:
 * every date mention in a document, as JSON on stdout.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { extractDates, pickLocale, readDocument } from "../extract/index.ts";

export interface ExtractArgs {
  file?: string;
  lang?: string;
  published?: string;
}

export async function extractJsonCommand({ file, lang, published }: ExtractArgs): Promise<number> {
  if (!file) {
    console.error("Usage: datelines extract --json [--lang <tag>] [--published YYYY-MM-DD] <file>");
    return 2;
  }
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    console.error(`--published must be a date written YYYY-MM-DD (got "${published}")`);
    return 2;
  }
  const text = await readDocument(file);
  const locale = await pickLocale(text, lang);
  const fallbackReference = await manifestDate(file);
  const { mentions } = extractDates(text, locale, { published, fallbackReference });
  const out = mentions.map(({ text: t, index, value, mod, role }) => ({ text: t, index, value, ...(mod ? { mod } : {}), ...(role ? { role } : {}) }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

/** The publication date the source manifest records for a document with this file name, if any. */
async function manifestDate(file: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(process.env.DATELINES_DATA ?? "_data", "sources.json"), "utf8"));
    const source = manifest.sources?.find((s: { file?: string }) => s.file === basename(file));
    const date: unknown = source?.published?.date;
    return typeof date === "string" && date.length === 10 ? date : undefined;
  } catch {
    return undefined;
  }
}
