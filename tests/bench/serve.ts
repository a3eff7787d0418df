/**
 * Serve benchmark: how long an editor waits, with `datelines serve` running on a synthetic site,
 * between saving an edit to one event file and the edit showing on the event's page.
 *
 *   npm run bench:serve                          # 10,000 events, 3 edits
 *   npm run bench:serve -- --events 1000 --edits 5
 *   npm run bench:serve -- --profile /tmp/prof   # and a CPU profile of the server (node --cpu-prof)
 *
 * Starts `datelines serve` in a child process on a free port, waits for its first build, then
 * edits the headline of a published event (a different event and file each time) and sets its
 * `updated` to now, as the editor's desk saves it, and polls the event's page over HTTP every
 * 50 ms until the new headline is on it. With `--move`, each edit also moves the event a day
 * later: an edit that changes the event's place in the timeline, not only its words. Prints one JSON line on
 * stdout: events, the first build's wall s, and each edit's seconds until shown; progress goes to
 * stderr. Share images are off, as in bench:build. Writes nothing into the repository.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { routes } from "../../src/site/routes.ts";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const CLI = join(ROOT, "src/cli/bin.mjs");
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 3600) * 1000;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { events: { type: "string", default: "10000" }, edits: { type: "string", default: "3" }, move: { type: "boolean" }, profile: { type: "string" }, keep: { type: "boolean" } },
});
const size = Number(values.events);
const edits = Number(values.edits);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(edits) || edits < 1) throw new Error(`--events and --edits: whole numbers above 0 (got ${values.events}, ${values.edits})`);

const log = (message: string) => console.error(`[bench] ${message}`);
const tmp = mkdtempSync(join(tmpdir(), `datelines-bench-serve-${size}-`));
let server: ChildProcess | undefined;
process.on("exit", () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

const data = join(tmp, "data");
const generated = generateDataset(data, size);
const siteFile = join(data, "site.json");
const config = JSON.parse(readFileSync(siteFile, "utf8")) as { share?: object; languages?: { lang: string }[] };
writeFileSync(siteFile, JSON.stringify({ ...config, share: { ...config.share, images: false } }, null, 2));
log(`${size}: generated ${generated.events} events (${generated.published} published)`);

const port = await freePort();
const started = performance.now();
const profile = values.profile ? [`--cpu-prof`, `--cpu-prof-dir=${values.profile}`] : [];
server = spawn(process.execPath, [...profile, CLI, "serve", "--port", String(port), "--output", join(tmp, "site")], {
  cwd: ROOT,
  env: { ...process.env, DATELINES_DATA: data, DATELINES_CACHE: join(tmp, "cache") },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let output = "";
const keep = (s: string) => (output = (output + s).slice(-20_000));
server.stdout!.setEncoding("utf8").on("data", keep);
server.stderr!.setEncoding("utf8").on("data", keep);
server.on("exit", (code) => {
  if (code !== null && code !== 0) {
    console.error(`datelines serve stopped (exit ${code}); the end of its output:\n${output.slice(-3000)}`);
    process.exit(1);
  }
});
await until(() => output.includes("Server at"), TIMEOUT_MS, "the server to start");
const firstBuildS = seconds(started);
log(`${size}: serving after ${firstBuildS} s`);

const files = readdirSync(join(data, "events")).filter((f) => f.endsWith(".json")).sort();
const shown: number[] = [];
for (let i = 0; i < edits; i++) {
  const file = join(data, "events", files[i % files.length]!);
  const json = JSON.parse(readFileSync(file, "utf8")) as { events: { id: string; status: string; headline: string; updated: string; date: { start: string; precision: string; end?: string } }[] };
  // Moved: events dated to a day, without an end.
  const published = json.events.filter((e) => e.status === "published" && (!values.move || (e.date.precision === "day" && !e.date.end)));
  const event = published[Math.floor(i / files.length) % published.length]!;
  const mark = `edited ${i + 1} ${Date.now().toString(36)}`;
  event.headline = `${event.headline.replace(/ \(edited .*\)$/, "")} (${mark})`;
  event.updated = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  if (values.move) event.date.start = nextDay(event.date.start);
  const url = `http://localhost:${port}${routes.event("", event.id)}`;
  const saved = performance.now();
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  await until(async () => (await fetch(url).then((r) => r.text()).catch(() => "")).includes(mark), 600_000, `edit ${i + 1} to show at ${url}`);
  shown.push(seconds(saved));
  log(`${size}: edit ${i + 1} (${event.id}) shown after ${shown.at(-1)} s`);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the server's rebuild ends (it writes pages after the event's)
}

if (values.profile) {
  server.kill("SIGINT"); // the profile is written as the server exits
  await new Promise((resolve) => server!.once("exit", resolve));
}
const sorted = [...shown].sort((a, b) => a - b);
console.log(
  JSON.stringify({
    events: generated.events,
    published: generated.published,
    languages: (config.languages ?? []).map((l) => l.lang),
    edit: values.move ? "headline, updated and a day later" : "headline and updated",
    firstBuildS,
    editShownS: shown,
    medianS: sorted[Math.floor(sorted.length / 2)],
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  }),
);
process.exit(0);

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}; the end of the server's output:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** The day after `start` (YYYY-MM-DD). */
function nextDay(start: string): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}
