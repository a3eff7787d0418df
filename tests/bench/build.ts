/**
 * Build benchmark: builds synthetic datasets with `datelines build` in a child process, as an
 * editor would, and, in the same run, a bare Eleventy site of the same number of pages (the
 * floor: one paginated template, one short page per item), so that the cost per page can be
 * read as a ratio on whatever machine runs it.
 *
 *   npm run bench:build                                  # 1,000 and 10,000 events, every language
 *   npm run bench:build -- --events 30000 --events 100000 --languages en
 *   npm run bench:build -- --events 1000 --no-floor --share-images
 *
 * Prints one JSON line per size on stdout: events, languages, files written, validate s, wall s,
 * CPU s (user + system, the build and every process it started), peak RSS of the largest single
 * process in MB, the largest files, and `floor` (the bare build's wall s, CPU s and peak RSS for
 * as many pages) with `perPage` (our CPU and memory over the floor's); then `floorSameBytes` and
 * `perPageSameBytes`, the same for bare pages as long as the build's files are on average (`meanBytes`),
 * which tells the cost of making the pages from the cost of writing them. Progress goes to stderr.
 * Share images are off unless --share-images (a first build renders one per event and language).
 *
 * Needs GNU time (/usr/bin/time) for CPU and memory. BENCH_TIMEOUT_S (default 7200) stops a build.
 * Writes nothing into the repository; removes its temporary folders on exit (--keep keeps them).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const CLI = join(ROOT, "src/cli/bin.mjs");
const ELEVENTY = join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
const TIME = "/usr/bin/time";
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 7200) * 1000;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    events: { type: "string", multiple: true },
    languages: { type: "string" },
    "share-images": { type: "boolean" },
    "no-floor": { type: "boolean" },
    keep: { type: "boolean" },
  },
});
const sizes = (values.events ?? ["1000", "10000"]).flatMap((v) => v.split(",")).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--events: whole numbers above 0, e.g. --events 1000 --events 10000 (got ${values.events?.join(", ")})`);
if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to measure CPU time and peak memory: apt-get install time`);

interface Measured {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
}

const temps: string[] = [];
let running: number | undefined;
function cleanUp(): void {
  if (running) {
    try {
      process.kill(-running, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (!values.keep) for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

const log = (message: string) => console.error(`[bench] ${message}`);

/** Runs a command under GNU time in its own process group; its output goes to `logFile`. */
function timed(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Measured> {
  const timeFile = `${logFile}.time`;
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ["-o", timeFile, "-f", "%e %U %S %M", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    running = child.pid;
    let output = "";
    const keep = (s: string) => (output = (output + s).slice(-20_000));
    child.stdout.setEncoding("utf8").on("data", keep);
    child.stderr.setEncoding("utf8").on("data", keep);
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running = undefined;
      writeFileSync(logFile, output);
      if (code !== 0) return reject(new Error(`${args.slice(0, 3).join(" ")} … failed (${code ?? signal}); the end of its output:\n${output.slice(-3000)}`));
      const [wall, user, sys, kb] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
      resolve({ wallS: wall!, cpuS: round(user! + sys!), peakRssMb: Math.round(kb! / 1024) });
    });
  });
}

function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).flatMap((f) => {
    const stat = statSync(join(dir, f));
    return stat.isFile() ? [{ path: `/${relative(dir, join(dir, f))}`, bytes: stat.size }] : [];
  });
}

/**
 * A bare Eleventy site of `pages` pages: one Nunjucks template paginated one item a page, each page
 * its few words, or (`bytes`) as many bytes as the build's files average, as static text: the cost of
 * writing that much through Eleventy, without the work of making it.
 */
async function floor(tmp: string, pages: number, bytes?: number): Promise<Measured> {
  const name = bytes ? "floor-bytes" : "floor";
  const input = join(tmp, name);
  mkdirSync(join(input, "_data"), { recursive: true });
  writeFileSync(join(input, "_data", "items.json"), JSON.stringify(Array.from({ length: pages }, (_, i) => i)));
  const head = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Page {{ item }}</title><h1>Page {{ item }}</h1><p>One of ${pages} pages.</p>`;
  const filler = bytes ? `<p>${"Lorem ipsum dolor sit amet. ".repeat(Math.max(0, Math.ceil((bytes - head.length - 16) / 28)))}</p>` : "";
  writeFileSync(join(input, "page.njk"), `---\npagination:\n  data: items\n  size: 1\n  alias: item\npermalink: "/p/{{ item }}/index.html"\n---\n${head}${filler}</html>\n`);
  try {
    return await timed([process.execPath, ELEVENTY, `--input=${input}`, `--output=${join(tmp, `${name}-site`)}`, "--quiet"], process.env, join(tmp, `${name}.log`));
  } finally {
    rmSync(join(tmp, `${name}-site`), { recursive: true, force: true });
  }
}

async function bench(size: number): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), `datelines-bench-${size}-`));
  temps.push(tmp);
  const data = join(tmp, "data");
  const site = join(tmp, "site");
  const env = { ...process.env, DATELINES_DATA: data, DATELINES_CACHE: join(tmp, "cache") };
  const generated = generateDataset(data, size);
  const siteFile = join(data, "site.json");
  const config = JSON.parse(readFileSync(siteFile, "utf8")) as { languages?: { lang: string }[]; share?: object };
  if (values.languages) {
    const wanted = values.languages.split(",");
    config.languages = config.languages?.filter((l) => wanted.includes(l.lang));
    if (!config.languages?.length) throw new Error(`--languages ${values.languages}: the synthetic site is published in ${JSON.parse(readFileSync(siteFile, "utf8")).languages.map((l: { lang: string }) => l.lang).join(", ")}`);
  }
  if (!values["share-images"]) config.share = { ...config.share, images: false };
  writeFileSync(siteFile, JSON.stringify(config, null, 2));
  log(`${size}: generated ${generated.events} events (${generated.published} published), ${generated.sources} sources`);

  const validate = await timed([process.execPath, CLI, "validate"], env, join(tmp, "validate.log"));
  log(`${size}: validated in ${validate.wallS} s`);
  const build = await timed([process.execPath, CLI, "build", "--output", site], env, join(tmp, "build.log"));
  const written = files(site).sort((a, b) => b.bytes - a.bytes);
  log(`${size}: built ${written.length} files in ${build.wallS} s wall, ${build.cpuS} s CPU, ${build.peakRssMb} MB peak`);
  const totalBytes = written.reduce((sum, f) => sum + f.bytes, 0);
  const meanBytes = Math.round(totalBytes / written.length);
  const bare = values["no-floor"] ? undefined : await floor(tmp, written.length);
  if (bare) log(`${size}: bare Eleventy, ${written.length} pages: ${bare.wallS} s wall, ${bare.cpuS} s CPU, ${bare.peakRssMb} MB peak`);
  const sameBytes = values["no-floor"] ? undefined : await floor(tmp, written.length, meanBytes);
  if (sameBytes) log(`${size}: bare Eleventy, ${written.length} pages of ${meanBytes} bytes: ${sameBytes.wallS} s wall, ${sameBytes.cpuS} s CPU, ${sameBytes.peakRssMb} MB peak`);
  console.log(
    JSON.stringify({
      events: generated.events,
      published: generated.published,
      languages: (config.languages ?? []).map((l) => l.lang),
      shareImages: Boolean(values["share-images"]),
      files: written.length,
      totalMb: round(totalBytes / 2 ** 20),
      meanBytes,
      validateS: validate.wallS,
      ...build,
      largest: written.slice(0, 3),
      largestHtml: written.find((f) => f.path.endsWith(".html")),
      ...(bare && {
        floor: { pages: written.length, ...bare },
        perPage: { cpu: round(build.cpuS / bare.cpuS), rss: round(build.peakRssMb / bare.peakRssMb) },
      }),
      ...(sameBytes && {
        floorSameBytes: { pages: written.length, bytesPerPage: meanBytes, ...sameBytes },
        perPageSameBytes: { cpu: round(build.cpuS / sameBytes.cpuS), rss: round(build.peakRssMb / sameBytes.peakRssMb) },
      }),
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    }),
  );
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
}

const round = (n: number) => Math.round(n * 100) / 100;

for (const size of sizes) await bench(size);
