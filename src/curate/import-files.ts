/**
 * Writing an import's data files all or nothing: first the whole result is validated in a
 * scratch copy of the data folder (links to the files that do not change, the new and
 * changed files written out), then the files are written; new files never replace an
 * existing one, changed files are swapped in by rename, and any failure puts back what
 * was there.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { formatProblem, loadDataset } from "../validate/index.ts";

/** A data file to write, by its path relative to the data folder ("events/x.json"). */
export interface PlannedFile {
  path: string;
  text: string;
  /** true: must not exist yet. false: replaces the file (whose old text is kept for rollback). */
  create: boolean;
}

/** The problems `datelines validate` would report for the data folder with these files written; [] when valid. */
export async function validatePlanned(root: string, data: string, files: PlannedFile[]): Promise<string[]> {
  const scratch = await mkdtemp(join(tmpdir(), "datelines-import-"));
  try {
    await mirror(data, scratch, new Set(files.map((f) => f.path.split("/")[0]!)));
    for (const file of files) {
      const target = join(scratch, file.path);
      await mkdir(dirname(target), { recursive: true });
      await rm(target, { force: true }); // a link to the original
      await writeFile(target, file.text);
    }
    const loaded = await loadDataset({ root, data: scratch });
    if (loaded.ok) return [];
    const shown = relative(root, data) || data;
    return loaded.problems.map((p) => formatProblem({ ...p, file: p.file.split(scratch).join(shown) }));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Links every entry of the data folder into the scratch folder; folders that will receive
 * files (documents/, events/) are made real and their files linked one by one.
 */
async function mirror(data: string, scratch: string, touched: Set<string>): Promise<void> {
  for (const name of await readdir(data)) {
    const from = join(data, name);
    if (touched.has(name) && (await lstat(from)).isDirectory()) {
      await mkdir(join(scratch, name));
      for (const inner of await readdir(from)) await symlink(join(from, inner), join(scratch, name, inner));
    } else {
      await symlink(from, join(scratch, name));
    }
  }
}

/** Writes the files; on any failure removes what was created and restores what was replaced, then throws. */
export async function writePlanned(data: string, files: PlannedFile[]): Promise<void> {
  const created: string[] = [];
  const replaced: { path: string; before: Buffer }[] = [];
  try {
    for (const file of files) {
      const target = join(data, file.path);
      await mkdir(dirname(target), { recursive: true });
      if (file.create) {
        await writeFile(target, file.text, { flag: "wx" }); // never overwrite
        created.push(target);
      } else {
        const before = await readFile(target);
        const temp = `${target}.import-${process.pid}.tmp`;
        await writeFile(temp, file.text);
        await rename(temp, target);
        replaced.push({ path: target, before });
      }
    }
  } catch (error) {
    for (const path of created) await rm(path, { force: true });
    for (const { path, before } of replaced) await writeFile(path, before);
    throw error;
  }
}

/** "events/x.json" as an editor sees it: relative to the project when the data folder is inside it. */
export function shownPath(root: string, data: string, path: string): string {
  const r = relative(root, join(data, path));
  return r && !r.startsWith("..") ? r.split(sep).join("/") : join(data, path);
}
