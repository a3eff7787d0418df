/** Temporary folders for tests, removed when the test file's process exits (`node --test` runs each file in a process of its own). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, named `datelines-<name>-…`. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `datelines-${name}-`));
  made.push(dir);
  return dir;
}
