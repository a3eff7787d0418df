/**
 * The build's own validation, run on a file before it is written: the whole data folder is
 * mirrored in a scratch folder (links to the files, the changed events file written out) and
 * loaded with `loadDataset`, as `datelines validate` and the build do. Problems of the event
 * being saved are returned by field ("date.start", "citations.0.quote"), the rest apart.
 */
import { lstat, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { loadDataset, type Problem } from "../validate/index.ts";

export interface FieldProblem {
  /** Form field: the event's JSON path with dots ("date.start", "citations.0.quote"); "" for the event as a whole. */
  field: string;
  message: string;
}

export interface CheckResult {
  /** Problems of the event being saved. */
  event: FieldProblem[];
  /** Problems anywhere else in the data (they do not stop this save, but they stop the build). */
  elsewhere: Problem[];
}

/** Validates the data folder as it would be with `events/<file>` holding `text`; `index` is the event's place in it. */
export async function checkEventsFile(root: string, data: string, file: string, text: string, index: number): Promise<CheckResult> {
  const scratch = await mkdtemp(join(tmpdir(), "datelines-desk-"));
  try {
    for (const name of await readdir(data)) {
      const from = join(data, name);
      if (name === "events" && (await lstat(from)).isDirectory()) {
        await mkdir(join(scratch, name));
        for (const inner of await readdir(from)) if (inner !== file && !inner.startsWith(".")) await symlink(join(from, inner), join(scratch, name, inner));
      } else if (name !== "drafts") {
        await symlink(from, join(scratch, name));
      }
    }
    await mkdir(join(scratch, "events"), { recursive: true });
    await writeFile(join(scratch, "events", file), text);
    const loaded = await loadDataset({ root, data: scratch });
    if (loaded.ok) return { event: [], elsewhere: [] };
    const shown = shownData(root, data);
    const target = `${shown}/events/${file}`;
    const result: CheckResult = { event: [], elsewhere: [] };
    for (const raw of loaded.problems) {
      const problem = { ...raw, file: raw.file.split(scratch).join(shown) };
      const field = problem.file === target ? eventField(problem.field, index) : undefined;
      if (field === undefined) result.elsewhere.push(problem);
      else result.event.push({ field, message: problem.message });
    }
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The data folder as problems name it: relative to the project when inside it. */
function shownData(root: string, data: string): string {
  const r = relative(root, data);
  return r && !r.startsWith("..") ? r.split(sep).join("/") : data;
}

/** "events[3].citations[0].quote" → "citations.0.quote" when it is event 3; else undefined. */
export function eventField(field: string | undefined, index: number): string | undefined {
  const prefix = `events[${index}]`;
  if (field === undefined || (field !== prefix && !field.startsWith(`${prefix}.`) && !field.startsWith(`${prefix}[`))) return undefined;
  return field
    .slice(prefix.length)
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^\./, "");
}
