/**
 * The files an `add` run reads: each file named, and the files directly inside each folder
 * named (sorted). In a folder, files of formats that are not read and subfolders are listed as
 * skipped with the reason, never dropped silently. A named file of such a format is an error.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { formatOf, unsupportedFix } from "../ingest/documents/index.ts";

export interface Inputs {
  files: string[];
  /** Not read, with why and what to do. */
  skipped: { file: string; reason: string }[];
}

export async function expandInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], skipped: [] };
  const seen = new Set<string>();
  const addFile = (file: string) => {
    if (!seen.has(file)) inputs.files.push(file);
    seen.add(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      addFile(path); // a missing or unsupported file fails when it is read, with its reason
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const file = join(path, entry.name);
      if (entry.isDirectory()) {
        const why = /_files$/.test(entry.name) ? "the resources of a saved page (its images and scripts), not a document" : "a folder inside the folder";
        inputs.skipped.push({ file: `${file}/`, reason: `${why}; add a folder's documents with \`datelines add ${file}\`` });
      } else if (!formatOf(entry.name)) {
        inputs.skipped.push({ file, reason: `${entry.name.startsWith(".") ? "a hidden file" : "not a format add reads"}. ${unsupportedFix(entry.name)}` });
      } else addFile(file);
    }
  }
  return inputs;
}
