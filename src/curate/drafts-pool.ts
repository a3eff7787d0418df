/**
 * Proposes drafts for many documents at once, over worker threads (workerpool): one job per
 * document, `workers` at a time, each result reported as it comes and all returned in the jobs'
 * order, so the outcome is the same whatever the number of workers. With one worker, or too
 * little text to repay starting more, the jobs run in this thread.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import workerpool from "workerpool";
import { proposeJob, type DraftsJob, type ProposedFile } from "./propose-job.ts";

/** Text (UTF-16 units) a worker should have before another one is started: a worker takes about 0.1 s to start. */
const TEXT_PER_WORKER = 500_000;

export type Outcome = { ok: true; file: ProposedFile } | { ok: false; error: string };

export interface PoolOptions {
  /** How many worker threads; default: one per core, fewer when there is little text. */
  workers?: number;
  /** Called as each job finishes (not in order). */
  done?: (index: number, outcome: Outcome) => void | Promise<void>;
}

export function defaultWorkers(jobs: readonly DraftsJob[]): number {
  const text = jobs.reduce((n, job) => n + job.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), jobs.length, Math.ceil(text / TEXT_PER_WORKER)));
}

export async function proposeAll(jobs: readonly DraftsJob[], { workers = defaultWorkers(jobs), done }: PoolOptions = {}): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(jobs.length);
  const reported: Promise<void>[] = [];
  const failed: unknown[] = [];
  const settle = async (index: number, run: () => Promise<ProposedFile>) => {
    try {
      outcomes[index] = { ok: true, file: await run() };
    } catch (error) {
      outcomes[index] = { ok: false, error: (error as Error).message };
    }
    // The next job need not wait for this one's file to be written.
    reported.push(Promise.resolve(done?.(index, outcomes[index]!)).catch((error: unknown) => void failed.push(error)));
  };
  const finish = async () => {
    await Promise.all(reported);
    if (failed.length) throw failed[0];
    return outcomes;
  };
  if (workers <= 1) {
    for (const [index, job] of jobs.entries()) await settle(index, () => proposeJob(job));
    return finish();
  }
  const pool = workerpool.pool(...worker(workers));
  // One job per worker at a time (not all queued in the pool): a worker that dies fails only its own job.
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < jobs.length; index = next++) {
      await settle(index, () => Promise.resolve(pool.exec("propose", [jobs[index]]) as PromiseLike<ProposedFile>));
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, lane));
    return await finish();
  } finally {
    await pool.terminate();
  }
}

/**
 * The pool's worker: the module compiled beside the CLI when it runs compiled (src/cli/compile.mjs),
 * else the TypeScript through tsx's API (a worker thread does not take tsx's loader from --import).
 */
function worker(workers: number): Parameters<typeof workerpool.pool> {
  const options = { maxWorkers: workers, workerType: "thread" as const };
  const compiled = process.env.DATELINES_COMPILED_CLI;
  if (compiled) return [join(compiled, "drafts-worker.js"), options];
  const load = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./drafts-worker.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  return [load, { ...options, workerThreadOpts: { eval: true } }];
}
