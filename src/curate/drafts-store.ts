/**
 * The review area: _data/drafts/<source-id>.json, one file of drafts per source.
 * Written only by `datelines extract` (and refreshed by `promote`); the validator and
 * the site never read it. A file proposed under another extraction policy than site.json's
 * (extraction-policy.ts) is set aside when read, never shown as current.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { DraftsFile, type Draft } from "../extract/drafts/schema.ts";
import { readExtractionPolicy, staleReason } from "./extraction-policy.ts";

export const DRAFTS_SCHEMA = "src/extract/drafts/drafts.schema.json";

export function draftsDir(data: string): string {
  return join(data, "drafts");
}

export function draftsPath(data: string, sourceId: string): string {
  return join(draftsDir(data), `${sourceId}.json`);
}

/** The `$schema` reference from the drafts folder to the committed JSON Schema. */
export function schemaRef(root: string, data: string): string {
  return relative(draftsDir(data), join(root, DRAFTS_SCHEMA)).split("\\").join("/");
}

export function serializeDrafts(file: DraftsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Writes the file only if its bytes change; true if it was written. */
export async function writeIfChanged(path: string, text: string): Promise<boolean> {
  const old = await readFile(path, "utf8").catch(() => undefined);
  if (old === text) return false;
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, text);
  return true;
}

export interface DraftsRead {
  files: DraftsFile[];
  /** Files that are not drafts files (hand-edited or from another version), or were proposed under another extraction policy, with why. */
  unreadable: { file: string; reason: string }[];
}

export async function readDrafts(data: string): Promise<DraftsRead> {
  const dir = draftsDir(data);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const out: DraftsRead = { files: [], unreadable: [] };
  const policy = names.length ? await readExtractionPolicy(data) : undefined;
  for (const name of names) {
    try {
      const parsed = DraftsFile.safeParse(JSON.parse(await readFile(join(dir, name), "utf8")));
      const stale = parsed.success ? staleReason(parsed.data, policy) : undefined;
      if (stale) out.unreadable.push({ file: name, reason: stale });
      else if (parsed.success) out.files.push(parsed.data);
      else out.unreadable.push({ file: name, reason: parsed.error.issues[0]?.message ?? "not a drafts file" });
    } catch (error) {
      out.unreadable.push({ file: name, reason: (error as Error).message });
    }
  }
  return out;
}

export async function findDraft(data: string, id: string): Promise<{ draft: Draft; file: DraftsFile } | undefined> {
  for (const file of (await readDrafts(data)).files) {
    const draft = file.drafts.find((d) => d.id === id);
    if (draft) return { draft, file };
  }
  return undefined;
}
