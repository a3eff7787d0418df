/**
 * Writing data files safely while other people and tools use them: every write is atomic
 * (a temporary file in the same folder, then a rename), writes from this process to one
 * file never interleave, and a change is always applied to the text on disk at that moment:
 * if the file changes between reading it and writing it, the change is made again on the new text.
 */
import { randomBytes } from "node:crypto";
import { link, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const locks = new Map<string, Promise<unknown>>();

/** Runs `task` once every earlier task on the same path has finished. */
export function withLock<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(path) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  locks.set(path, settled);
  void settled.then(() => {
    if (locks.get(path) === settled) locks.delete(path);
  });
  return next;
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Replaces the file's contents in one step: readers see the old text or the new, never half. */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = tempPath(path);
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Creates the file atomically; fails with EEXIST (and writes nothing) if it exists. */
export async function createAtomic(path: string, text: string): Promise<void> {
  const temp = tempPath(path);
  try {
    await writeFile(temp, text);
    await link(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The file changed on disk while a change to it was being prepared, too often to retry. */
export class FileBusyError extends Error {
  override name = "FileBusyError";
  constructor(path: string) {
    super(`${basename(path)} kept changing on disk while it was being saved; try again in a moment.`);
  }
}

/**
 * Applies `change` to the file's current text (undefined if it does not exist) and writes the
 * result atomically. `change` may throw to write nothing, or return undefined to leave the file
 * alone. If the file changed while `change` ran (another editor, git), it runs again on the new text.
 */
export async function updateFile<T>(path: string, change: (text: string | undefined) => Promise<{ text?: string; result: T }>): Promise<T> {
  return withLock(path, async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await readText(path);
      const { text, result } = await change(before);
      if (text === undefined || text === before) return result;
      if ((await readText(path)) !== before) continue;
      if (before === undefined) {
        try {
          await createAtomic(path, text);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
          throw error;
        }
      } else {
        await writeAtomic(path, text);
      }
      return result;
    }
    throw new FileBusyError(path);
  });
}
