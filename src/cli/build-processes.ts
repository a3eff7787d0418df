/**
 * A large site is built a language at a time in child processes (`datelines build --lang T`,
 * marked as a shard of this build), as many at once as `workers`, each with a memory budget:
 * a process holds the data and one language's timeline, never all of them, and the languages
 * use every core. Each child takes the data its parent read and validated (`DATA_OF_BUILD`: a
 * file of it, which a child reads in a tenth of the time that validating again took, 9 s at
 * 100,000 events) and renders its language in parts (src/site/build-session.ts).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Dataset } from "../validate/index.ts";

const BIN = fileURLToPath(new URL("./bin.mjs", import.meta.url));

/** Set in a child: build this language in this process, beside the other children's output, without repeating the parent's warnings. */
export const SHARD_OF_BUILD = "DATELINES_SHARD_OF_BUILD";

/** Set in a child: the file of the data its parent validated, to build from instead of reading and validating the data folder again. */
export const DATA_OF_BUILD = "DATELINES_DATA_OF_BUILD";

/** The data a child's parent validated (`DATA_OF_BUILD`), or undefined in a process that is not such a child. */
export function parentData(): Dataset | undefined {
  const file = process.env[DATA_OF_BUILD];
  return file ? (deserialize(readFileSync(file)) as Dataset) : undefined;
}

/** The V8 heap of each child, in MB ($DATELINES_BUILD_MEMORY_MB, default 1536): its peak RSS stays under 2 GiB. */
export function memoryBudgetMb(): number {
  const value = process.env.DATELINES_BUILD_MEMORY_MB;
  if (value === undefined) return 1536;
  if (!/^[1-9]\d{2,}$/.test(value)) throw new Error(`DATELINES_BUILD_MEMORY_MB=${value}: expected megabytes as a whole number of at least 100, e.g. 1536.`);
  return Number(value);
}

/**
 * The V8 young generation's semi-space of each child, in MB. Rendering pages makes short-lived
 * strings by the gigabyte; with V8's default (16 MB) a Thai shard of 10,000 events spent 17% of its
 * main thread collecting them, with 64 MB 13% (4% less CPU), for at most 144 MB more memory.
 */
const SEMI_SPACE_MB = 64;

/**
 * Runs `datelines build --lang <lang>` for each language, `workers` at a time, each building from
 * `dataset` (validated); resolves with the exit status (0, or the first failure's).
 */
export async function buildInProcesses(output: string, languages: readonly string[], workers: number, dataset: Dataset): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), "datelines-build-"));
  const data = join(folder, "dataset.v8");
  writeFileSync(data, serialize(dataset));
  try {
    return await runChildren(output, languages, workers, data);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function runChildren(output: string, languages: readonly string[], workers: number, data: string): Promise<number> {
  const budget = memoryBudgetMb();
  const waiting = [...languages];
  const children = new Set<ReturnType<typeof spawn>>();
  let status = 0;
  const next = async (): Promise<void> => {
    for (let lang = waiting.shift(); lang !== undefined && status === 0; lang = waiting.shift()) {
      const child = spawn(process.execPath, [`--max-old-space-size=${budget}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, BIN, "build", "--lang", lang, "--output", output], {
        env: { ...process.env, [SHARD_OF_BUILD]: "1", [DATA_OF_BUILD]: data },
        stdio: ["ignore", "inherit", "pipe"],
      });
      children.add(child);
      let tail = "";
      child.stderr!.setEncoding("utf8").on("data", (s: string) => {
        process.stderr.write(s);
        tail = (tail + s).slice(-4000);
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
      children.delete(child);
      if (code === 0 || status !== 0) continue;
      status = code === 2 ? 2 : 1;
      console.error(failure(lang, code, signal, tail, budget));
      for (const other of children) other.kill();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, languages.length)) }, next));
  return status;
}

function failure(lang: string, code: number | null, signal: NodeJS.Signals | null, stderr: string, budget: number): string {
  if (/heap out of memory|Reached heap limit/i.test(stderr)) {
    return (
      `Building ${lang} needed more than its memory budget of ${budget} MB. Build it in smaller parts ` +
      `(DATELINES_EVENTS_PER_PART, now ${process.env.DATELINES_EVENTS_PER_PART ?? 2500} events) or give it more (DATELINES_BUILD_MEMORY_MB).`
    );
  }
  return `Building ${lang} failed (${code === null ? `stopped by ${signal}` : `exit status ${code}`}); its messages are above.`;
}
