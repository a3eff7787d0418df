/**
 * `datelines add <file|folder>... [--lang T] [--published YYYY-MM-DD]` as the CLI runs it:
 * progress per file on stderr; on stdout a summary table (file, source, language, published
 * date and basis, characters, drafts, what the editor must confirm), then the files not added
 * with why and what to do. Exit 0 when every file was added (or already there, or skipped in a
 * folder), 1 when one failed, 2 when the command was used wrongly.
 */
import { isAbsolute, join, relative } from "node:path";
import { isRealDate, precisionOf } from "../core/partial-date.ts";
import { canonicalLang } from "../ingest/documents/index.ts";
import { DatasetValidationError } from "../validate/index.ts";
import { addDocuments, type AddResult } from "./add.ts";

const USAGE = "Usage: datelines add <file|folder>... [--lang <tag>] [--published YYYY-MM-DD]";

export async function addCommand({ paths, lang, published }: { paths: string[]; lang?: string; published?: string }): Promise<number> {
  if (paths.length === 0) {
    console.error(`${USAGE}\nReads .html .htm .pdf .docx .md .txt files, or the files in a folder.`);
    return 2;
  }
  const tag = lang === undefined ? undefined : canonicalLang(lang);
  if (lang !== undefined && !tag) {
    console.error(`--lang "${lang}" is not a language tag; use BCP 47, e.g. en, zh-Hans, ar, th\n${USAGE}`);
    return 2;
  }
  if (published !== undefined && !(precisionOf(published) === "day" && isRealDate(published))) {
    console.error(`--published must be a calendar date YYYY-MM-DD (got "${published}")\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const data = process.env.DATELINES_DATA ?? join(root, "_data");
  let results: AddResult[];
  try {
    results = await addDocuments({ root, data, paths, lang: tag, published, progress: (line) => console.error(line) });
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      console.error(`Nothing was added: the data folder does not validate. ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(summary(results, (p) => shown(root, p)));
  return results.some((r) => r.status === "failed") ? 1 : 0;
}

export function summary(results: AddResult[], show: (path: string) => string = (p) => p): string {
  const rows = results
    .filter((r) => r.status === "added" || r.status === "duplicate")
    .map((r) => [
      show(r.file),
      r.status === "duplicate" ? `= ${r.source} (already added)` : r.source!,
      r.lang ?? "",
      r.published ? `${r.published.date ?? "—"} ${r.published.basis}` : "",
      r.characters === undefined ? "" : r.characters.toLocaleString("en"),
      r.drafts === undefined ? (r.status === "added" ? "none" : "") : String(r.drafts),
      r.confirm.join(", "),
    ]);
  const lines: string[] = [];
  if (rows.length) lines.push(...table(["file", "source", "lang", "published (basis)", "characters", "drafts", "editor to confirm"], rows));
  const added = results.filter((r) => r.status === "added");
  for (const r of results) for (const w of r.warnings) lines.push(`warning: ${show(r.file)}: ${w}`);
  const skipped = results.filter((r) => r.status === "skipped");
  const failed = results.filter((r) => r.status === "failed");
  if (skipped.length) lines.push("", `Skipped ${skipped.length}:`, ...skipped.map((r) => `  ${show(r.file)}: ${r.reason}`));
  if (failed.length) lines.push("", `Not added ${failed.length}:`, ...failed.map((r) => `  ${show(r.file)}: ${r.reason}`));
  const duplicates = results.length - added.length - skipped.length - failed.length;
  lines.push(
    "",
    `${added.length} added, ${duplicates} already there, ${skipped.length} skipped, ${failed.length} not added.` +
      (added.length ? " Fill in the fields to confirm in sources.json, then open the desk (`npx datelines desk`) to accept, edit and publish the events." : ""),
  );
  return lines.join("\n");
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell + " ".repeat(widths[c]! - width(cell)))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** Columns a string takes in a terminal: wide East Asian characters count two, combining marks none. */
export function width(text: string): number {
  let n = 0;
  for (const c of text) {
    if (/\p{M}|[\u200B-\u200F]/u.test(c)) continue;
    n += /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(c) ? 2 : 1;
  }
  return n;
}

/** A path as an editor reads it: relative to the project if inside it. */
function shown(root: string, path: string): string {
  const r = relative(root, path);
  return r && !r.startsWith("..") && !isAbsolute(r) ? r : path;
}
