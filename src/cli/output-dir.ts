/**
 * Empties the output folder before a build, so events that were removed or
 * unpublished do not linger in it. Only folders Datelines made are emptied.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const MARKER = ".datelines-output";

export class OutputFolderError extends Error {
  constructor(dir: string) {
    super(`${dir} already exists and was not made by datelines; remove it or choose another --output folder.`);
    this.name = "OutputFolderError";
  }
}

/** Makes `dir` ready for a build: emptied, or, with `keep` (a build of some languages, beside the others'), left as it is. */
export function prepareOutputDir(dir: string, { keep = false } = {}): void {
  const path = resolve(dir);
  if (existsSync(path) && readdirSync(path).length > 0) {
    if (!existsSync(join(path, MARKER))) throw new OutputFolderError(dir);
    if (keep) return;
    rmSync(path, { recursive: true, force: true });
  }
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, MARKER), "Built by datelines; this folder is emptied before each build.\n");
}
