/** Builds a site from a data folder in a child process, as `datelines build` does. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./fixture.ts";
import { tempFolder } from "./temp.ts";

/** The built site the built-site tests read: _site/, or $DATELINES_SITE_DIR (as the browser tests). */
export const SITE = process.env.DATELINES_SITE_DIR ?? join(ROOT, "_site");

export function buildSite(options: { data?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const output = tempFolder("site");
  execFileSync(process.execPath, ["src/cli/bin.mjs", "build", "--output", output], {
    cwd: ROOT,
    env: { ...process.env, ...(options.data ? { DATELINES_DATA: options.data } : {}), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return output;
}

/** Every file of a built site, by its path, with a hash of its bytes: to compare two builds. */
export function digest(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  return new Map(
    files.flatMap((f) => {
      try {
        return [[f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")] as const];
      } catch {
        return []; // a folder
      }
    }),
  );
}
