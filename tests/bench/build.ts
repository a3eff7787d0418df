/**
 * Build benchmark: generates synthetic datasets, validates them, and times a full
 * `datelines build` of each in a child process, as an editor would run it.
 *
 *   npm run bench:build              # 1,000 and 10,000 events
 *   npm run bench:build -- 1000      # any sizes
 *   npm run bench:build -- 1000 --no-share-images   # with site.json share.images false
 *
 * Each build starts from an empty cache folder (as a first build): share images are all rendered,
 * and their count and time are reported.
 *
 * Environment: BENCH_TIMEOUT_S (default 900) stops a build that takes longer.
 * Prints a Markdown table; writes nothing into the repository; removes its
 * temporary folders on exit.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const CLI = "src/cli/bin.mjs";
const DEFAULT_SIZES = [1000, 10000];
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;

interface FileInfo {
  path: string;
  bytes: number;
}

interface Result {
  events: number;
  published: number;
  sources: number;
  generateS: number;
  validateS: number;
  files: number;
  wallS: number;
  peakRssMb: number | undefined;
  largestHtml: FileInfo | undefined;
  largestFile: FileInfo | undefined;
  totalBytes: number;
  top: FileInfo[];
  /** Share images written and rendered by the build, and the time it spent on them ("Share images: …" line). */
  share?: { images: number; rendered: number; seconds: number };
  failure?: string;
}

const temps: string[] = [];
/** Process group of the build in progress, stopped if the benchmark is interrupted. */
let running: number | undefined;
function cleanUp(): void {
  if (running) {
    try {
      process.kill(-running, "SIGKILL");
    } catch {
      // already gone
    }
    running = undefined;
  }
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

function timeCommand(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v /usr/bin/time || command -v gtime"], { encoding: "utf8" });
  const path = found.stdout.trim().split("\n")[0];
  return found.status === 0 && path ? path : undefined;
}

function walk(dir: string): FileInfo[] {
  const out: FileInfo[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push({ path, bytes: statSync(path).size });
  }
  return out;
}

/** Runs a command, streaming nothing; resolves with its exit status and output. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout stops the build and not just the wrapper.
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    running = child.pid;
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running = undefined;
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

async function bench(size: number, time: string | undefined, shareImages: boolean): Promise<Result> {
  const tmp = mkdtempSync(join(tmpdir(), `datelines-bench-${size}-`));
  temps.push(tmp);
  const data = join(tmp, "data");
  const site = join(tmp, "site");
  const env = { ...process.env, DATELINES_DATA: data, DATELINES_CACHE: join(tmp, "cache") };

  let started = performance.now();
  const generated = generateDataset(data, size);
  const generateS = (performance.now() - started) / 1000;
  if (!shareImages) {
    const siteFile = join(data, "site.json");
    writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(siteFile, "utf8")), share: { images: false } }, null, 2));
  }
  log(`${size}: generated ${generated.events} events, ${generated.citations} citations, ${generated.sources} sources in ${generateS.toFixed(1)} s`);

  started = performance.now();
  const validation = spawnSync(process.execPath, [CLI, "validate"], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const validateS = (performance.now() - started) / 1000;
  if (validation.status !== 0) {
    throw new Error(`validation of the ${size}-event dataset failed:\n${validation.stdout}${validation.stderr.slice(0, 4000)}`);
  }
  log(`${size}: ${validation.stdout.trim()} (${validateS.toFixed(1)} s)`);

  const rssFile = join(tmp, "rss.txt");
  const build = [CLI, "build", "--output", site];
  started = performance.now();
  const result = time
    ? await run(time, ["-o", rssFile, "-f", "%M", process.execPath, ...build], env, TIMEOUT_MS)
    : await run(process.execPath, build, env, TIMEOUT_MS);
  const wallS = (performance.now() - started) / 1000;
  let failure: string | undefined;
  if (result.timedOut) failure = `timed out after ${TIMEOUT_MS / 1000} s`;
  else if (result.code !== 0) failure = `exit ${result.code ?? result.signal}: ${(result.stderr || result.stdout).trim().slice(-2000)}`;
  log(`${size}: ${failure ? `build FAILED (${failure})` : result.stdout.trim()} — ${wallS.toFixed(1)} s wall`);

  let peakRssMb: number | undefined;
  if (time && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
    if (Number.isFinite(kb) && kb > 0) peakRssMb = kb / 1024;
  }

  const files = existsSync(site) ? walk(site).map((f) => ({ ...f, path: `/${relative(site, f.path)}` })) : [];
  const bySize = [...files].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  const measured: Result = {
    events: generated.events,
    published: generated.published,
    sources: generated.sources,
    generateS,
    validateS,
    files: files.length,
    wallS,
    peakRssMb,
    largestHtml: bySize.find((f) => f.path.endsWith(".html")),
    largestFile: bySize[0],
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    top: bySize.slice(0, 5),
  };
  const share = result.stdout.match(/Share images: (\d+) \((\d+) rendered.*? in ([\d.]+) s/);
  if (share) measured.share = { images: Number(share[1]), rendered: Number(share[2]), seconds: Number(share[3]) };
  if (failure) measured.failure = failure;
  rmSync(tmp, { recursive: true, force: true });
  temps.splice(temps.indexOf(tmp), 1);
  return measured;
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const file = (f: FileInfo | undefined) => (f ? `\`${f.path}\` (${f.bytes >= 1024 * 1024 ? mb(f.bytes) : kb(f.bytes)})` : "n/a");

function table(results: Result[]): string {
  const rows = [
    "| Events (published) | Sources | Files written | Validate (s) | Build wall time (s) | Share images (s) | Peak RSS (MB) | Largest HTML page | Largest file | Total output |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |",
  ];
  for (const r of results) {
    rows.push(
      `| ${r.events.toLocaleString("en-US")} (${r.published.toLocaleString("en-US")}) | ${r.sources} | ${r.files.toLocaleString("en-US")} | ${r.validateS.toFixed(1)} | ${r.wallS.toFixed(1)}${r.failure ? " ✗" : ""} | ${r.share ? `${r.share.rendered.toLocaleString("en-US")} in ${r.share.seconds.toFixed(1)}` : "off"} | ${r.peakRssMb === undefined ? "n/a" : r.peakRssMb.toFixed(0)} | ${file(r.largestHtml)} | ${file(r.largestFile)} | ${mb(r.totalBytes)} |`,
    );
  }
  return rows.join("\n");
}

async function main(): Promise<void> {
  const shareImages = !process.argv.includes("--no-share-images");
  const args = process.argv.slice(2).filter((a) => a !== "--" && a !== "--no-share-images");
  const sizes = args.length ? args.map(Number) : DEFAULT_SIZES;
  const bad = args.filter((_, i) => !Number.isInteger(sizes[i]) || sizes[i]! < 1);
  if (bad.length) throw new Error(`event counts must be positive integers: ${bad.join(", ")}`);

  const time = timeCommand();
  if (!time) log("/usr/bin/time not found: peak RSS will be reported as n/a");

  const results: Result[] = [];
  for (const size of sizes) results.push(await bench(size, time, shareImages));

  console.log(`\n## Build benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log(table(results));
  for (const r of results) {
    console.log(`\nLargest files at ${r.events.toLocaleString("en-US")} events:`);
    for (const f of r.top) console.log(`- ${file(f)}`);
    if (r.failure) console.log(`\nBuild failed: ${r.failure}`);
  }
  if (results.some((r) => r.failure)) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
