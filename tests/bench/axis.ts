/**
 * Time axis benchmark (`npm run bench:axis`): builds synthetic sites (tests/bench/synthetic.ts) of 1,000
 * and 10,000 events, or reuses them, opens each front page in Chromium and reports the axis's time to
 * interactive (script loaded, marks fetched and drawn), then pans it for about 3 s (wheel, then drag) and
 * reports frame times (requestAnimationFrame deltas) and the axis's own drawing time per frame.
 * Also reports the front page's compressed weight at the sample's size against TimelineJS's.
 *
 *   npm run bench:axis                 # 1,000 and 10,000 events
 *   npm run bench:axis -- 1000         # any sizes
 *
 * Sites are kept in $AXIS_BENCH_DIR (default: the system's temp folder, datelines-axis-bench/) and reused
 * on the next run; axis.js and site.css are served from the repository, so editing them needs no rebuild.
 * Reports; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const ASSETS = join(ROOT, "src/site/pages/assets");
const BENCH_DIR = process.env.AXIS_BENCH_DIR ?? join(tmpdir(), "datelines-axis-bench");
const TIMELINEJS_BYTES = 107 * 1024;

function site(size: number): string {
  const dir = join(BENCH_DIR, String(size));
  const out = join(dir, "site");
  if (existsSync(join(out, "index.html"))) return out;
  console.error(`[bench] ${size}: generating and building (reused next time from ${out})`);
  generateDataset(join(dir, "data"), size);
  // The generator's timestamps and correction dates run to late 2026; validation refuses any after today.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 19) + "Z";
  for (const file of readdirSync(join(dir, "data/events"))) {
    const path = join(dir, "data/events", file);
    const text = readFileSync(path, "utf8").replace(/"(added|updated|date)": "([^"]+)"/g, (m, field: string, at: string) =>
      Date.parse(at) > Date.now() - 86_400_000 ? `"${field}": "${field === "date" ? yesterday.slice(0, 10) : yesterday}"` : m,
    );
    writeFileSync(path, text);
  }
  // The main language's shard alone: the bench opens its front page (the other languages' are built alike).
  const main = (JSON.parse(readFileSync(join(dir, "data", "site.json"), "utf8")) as { lang: string }).lang;
  const built = spawnSync(process.execPath, ["src/cli/bin.mjs", "build", "--output", out, "--lang", main], {
    cwd: ROOT, env: { NODE_OPTIONS: "--max-old-space-size=8192", ...process.env, DATELINES_DATA: join(dir, "data") }, encoding: "utf8", maxBuffer: 64 << 20,
  });
  if (built.status !== 0) throw new Error(`build of ${size} events failed:\n${built.stderr.slice(-3000)}`);
  return out;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

async function measure(size: number) {
  const dir = site(size);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await serveBuiltSite(context, dir);
    for (const file of ["axis.js", "site.css"]) {
      await context.route(`**/assets/${file}`, (route) => route.fulfill({ path: join(ASSETS, file), contentType: file.endsWith(".js") ? "text/javascript" : "text/css" }));
    }
    const page = await context.newPage();
    await page.goto(`${SITE_ORIGIN}/`);
    await page.waitForSelector(".time-axis[data-ready]", { timeout: 60_000 });
    const tti = await page.evaluate(() => performance.getEntriesByName("axis-ready")[0]?.startTime ?? NaN);
    const marks = await page.$eval(".time-axis-slider", (el) => Number(el.getAttribute("aria-valuemax")));
    const listed = await page.$$eval("li.event", (els) => els.length);
    await page.focus(".time-axis-slider");
    for (let i = 0; i < 4; i++) await page.keyboard.press("+"); // months: the whole span no longer fits, so there is room to pan
    const level = await page.$eval(".time-axis", (el) => el.getAttribute("data-level"));
    // A string, not a function: the TypeScript loader would wrap a named function in a helper the page lacks.
    await page.evaluate(`(() => {
      window.axisFrames = []; window.deltas = []; window.stop = false;
      let last = performance.now();
      const tick = (now) => { window.deltas.push(now - last); last = now; if (!window.stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const box = (await page.locator(".time-axis canvas").boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    const until = Date.now() + 2000;
    for (let i = 0; Date.now() < until; i++) await page.mouse.wheel(0, i % 60 < 30 ? 40 : -40);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(cx + 300 * Math.sin(i / 10), cy);
    await page.mouse.up();
    const { deltas, paints } = await page.evaluate(() => {
      const w = window as unknown as { axisFrames: number[]; deltas: number[]; stop: boolean };
      w.stop = true;
      return { deltas: w.deltas.slice(1), paints: w.axisFrames };
    });
    // The marks the page fetched: /axis.json and the files of marks it names (each gzipped, as served).
    const fetched = await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => new URL(r.name).pathname).filter((p) => p.endsWith("axis.json")));
    const json = fetched.reduce((sum, path) => sum + gzipSync(readFileSync(join(dir, path))).length, 0);
    return { size, marks, listed, tti, level, frames: deltas.length, paints: paints.length, median: quantile(deltas, 0.5), p95: quantile(deltas, 0.95), paintMedian: quantile(paints, 0.5), paintP95: quantile(paints, 0.95), json };
  } finally {
    await browser.close();
  }
}

/** The sample's front page (_site/ or $DATELINES_SITE_DIR, built by `npm run build`) as a reader downloads it without media: HTML, CSS, scripts, gzipped. */
function frontPageWeight(dir = process.env.DATELINES_SITE_DIR ?? join(ROOT, "_site")): string {
  const file = join(dir, "index.html");
  if (!existsSync(file)) return "build the sample first (npm run build) for the front page's weight";
  const html = readFileSync(file, "utf8").replace(/<div class="event-thumb">[\s\S]*?<\/div>/g, "");
  const assets = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  const parts = [["HTML (thumbnails removed)", gz(html)] as const, ...assets.map((a) => [a, gz(readFileSync(join(ASSETS, a)))] as const)];
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  const events = (html.match(/<li class="event"/g) ?? []).length;
  return `Front page at ${events} events, gzip: ${parts.map(([name, n]) => `${name} ${n}`).join(" + ")} = ${total} bytes; budget (TimelineJS 107 KiB / 5) ${Math.floor(TIMELINEJS_BYTES / 5)} bytes.`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const sizes = args.length ? args.map(Number) : [1000, 10000];
  const ms = (n: number) => n.toFixed(1);
  console.log(`## Time axis benchmark (Chromium, 1280×900, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log("| Events | Marks | Listed on the page | axis.json and its parts (gzip) | Time to interactive (ms) | Zoom while panning | Frames | Frame time median / p95 (ms) | Axis drawing median / p95 (ms) |");
  console.log("| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
  for (const size of sizes) {
    const r = await measure(size);
    console.log(`| ${r.size.toLocaleString("en-US")} | ${r.marks.toLocaleString("en-US")} | ${r.listed} | ${r.json ? `${(r.json / 1024).toFixed(1)} KB` : "—"} | ${ms(r.tti)} | ${r.level} | ${r.frames} (${r.paints} drawn) | ${ms(r.median)} / ${ms(r.p95)} | ${ms(r.paintMedian)} / ${ms(r.paintP95)} |`);
  }
  console.log(`\n${frontPageWeight()}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
