/**
 * `datelines extract --json [--lang <tag>] [--published YYYY-MM-DD] [--vague] <file>`:
 * every date mention in a document, as JSON on stdout. Vague past words ("recently", 近期) name no
 * date and are left out unless --vague asks for them (an editor's policy).
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { extractDates, pickLocale, readDocument } from "../extract/index.ts";
import { partialDateProblem, precisionOf } from "../core/partial-date.ts";

export interface ExtractArgs {
  file?: string;
  lang?: string;
  published?: string;
  /** Read vague past words as the publication date, mod BEFORE. */
  vague?: boolean;
}

export async function extractJsonCommand({ file, lang, published, vague }: ExtractArgs): Promise<number> {
  if (!file) {
    console.error("Usage: datelines extract --json [--lang <tag>] [--published YYYY-MM-DD] [--vague] <file>");
    return 2;
  }
  const dateProblem = published === undefined ? undefined : partialDateProblem(published) ?? (precisionOf(published) === "day" ? undefined : "give the day too");
  if (published !== undefined && dateProblem) {
    console.error(`--published must be a calendar day written YYYY-MM-DD: "${published}" ${dateProblem}`);
    return 2;
  }
  const text = await readDocument(file);
  const locale = await pickLocale(text, lang);
  const fallbackReference = await manifestDate(file);
  const { mentions, reference } = extractDates(text, locale, { published, fallbackReference, ...(vague ? { vague } : {}) });
  // Relative dates ("yesterday", a weekday) depend on the reference date: always say which one was used.
  const basis = { published: "--published", dateline: "the document's dateline", fallback: fallbackReference ? "the source manifest" : "today" }[reference.basis];
  console.error(`Reference date ${reference.date} (from ${basis}).`);
  if (reference.basis === "fallback" && !fallbackReference) {
    console.error(
      "Warning: the document has no dateline and no --published date, so relative dates were resolved against today. " +
        "Pass --published YYYY-MM-DD with the document's publication date.",
    );
  }
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
    return typeof date === "string" && precisionOf(date) === "day" ? date : undefined;
  } catch {
    return undefined;
  }
}
