/**
 * Appending a source to sources.json with a minimal edit (jsonc-parser), so the editor's
 * formatting and key order stay as they were. Returns a function that
 * puts the file back, for when a later step fails.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { applyEdits, modify } from "jsonc-parser";

const FORMAT = { insertSpaces: true, tabSize: 2, eol: "\n" } as const;

export async function appendSource(data: string, source: Record<string, unknown>): Promise<() => Promise<void>> {
  const path = join(data, "sources.json");
  const before = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(before);
  } catch {
    throw new Error(`${path} is not valid JSON; fix it first (datelines validate)`);
  }
  if (!Array.isArray((value as { sources?: unknown })?.sources)) throw new Error(`${path} has no "sources" array`);
  const after = applyEdits(before, modify(before, ["sources", -1], source, { formattingOptions: FORMAT, isArrayInsertion: true }));
  await writeFile(path, after.endsWith("\n") ? after : `${after}\n`);
  return () => writeFile(path, before);
}
