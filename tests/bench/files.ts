/**
 * File-size benchmark (`npm run bench:files`): builds synthetic datasets (tests/bench/synthetic.ts) in one
 * language and reports the largest file of each kind the site writes — pages, downloads, feeds, calendars,
 * the time axis's marks — with its size per published event, to show which outputs grow with the data and
 * which are bounded (by `timeline.maxEventsPerPage`, `maxEventsPerFile`, `feed.entries`).
 *
 *   npm run bench:files                    # 1,000 and 3,000 events, the main language
 *   npm run bench:files -- 1000 --lang ar  # any sizes, any one language
 *
 * With two sizes or more it estimates each kind's largest file at 100,000 events: for a kind a setting
 * bounds, the bound times the bytes per event of its largest file; for any other, a straight line through
 * the last two sizes. Share images are off.
 * Each build runs in a child process with a 3.5 GB heap. Writes nothing into the repository; removes its
 * temporary folders on exit. Reports; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { routes } from "../../src/site/routes.ts";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const TARGET = 100_000;
const LIMIT = 5 * 1024 * 1024;

interface Largest {
  kind: string;
  files: number;
  path: string;
  bytes: number;
  /** Events in the largest file, counted by a marker of its format. */
  events?: number;
}

/** How to count the events in a file of a kind, and the setting that bounds them. */
function measureOf(kind: string): { marker: RegExp; bound: "perFile" | "axis" | "perPage" | "feed" } | undefined {
  if (kind.startsWith("events.json part")) return { marker: /"headline":/g, bound: "perFile" };
  if (kind.startsWith("axis.json part")) return { marker: /^\[?\["/gm, bound: "axis" };
  if (/timelinejs\.json/.test(kind)) return { marker: /"unique_id":/g, bound: "perFile" };
  if (/events\.csv/.test(kind)) return { marker: /\r\n\d{4},\d*,\d*,,\d*,\d*,\d*,,[^\r]*?,,,,,,/g, bound: "perFile" };
  if (/events\.ics/.test(kind)) return { marker: /BEGIN:VEVENT/g, bound: "perFile" };
  if (/feed\.xml|rss\.xml/.test(kind)) return { marker: /<entry>|<item>/g, bound: "feed" };
  if (/feed\.json/.test(kind)) return { marker: /"date_modified":/g, bound: "feed" };
  if (/^print/.test(kind)) return { marker: /<li class="entry"/g, bound: "perFile" };
  if (/page/.test(kind)) return { marker: /<li class="event"|<li><time/g, bound: "perPage" };
  return undefined;
}

/** What a file is, from its path (without the language prefix). */
export function kindOf(path: string): string {
  const p = path.replace(/^\/(zh|ar|th|[a-z]{2}(-[A-Za-z]+)?)(?=\/)/, "");
  const period = /^\/\d{4}\/(\d{2}\/|undated\/)?/;
  const file = p.split("/").pop()!;
  const part = (name: string) => new RegExp(`^${name.replace(".", "(-\\d+)?\\.")}$`).test(file);
  if (p === "/events.json") return "events.json (index)";
  if (period.test(p) && part("events.json")) return "events.json part (per period)";
  if (p === "/axis.json") return "axis.json (index)";
  if (period.test(p) && part("axis.json")) return "axis.json part (marks)";
  for (const name of ["timelinejs.json", "events.csv", "events.ics"]) {
    if (p === `/${name}`) return `/${name} (whole timeline)`;
    if (period.test(p) && part(name)) return `${name} part (per period)`;
  }
  if (file === "events.ics") return "events.ics of a slice";
  if (["feed.xml", "rss.xml", "feed.json"].includes(file)) return p === `/${file}` ? `/${file} (whole timeline)` : `${file} of a slice`;
  if (/\/search\/manifest\.json$/.test(p)) return "search manifest";
  if (/\/search\/(words|docs)\/\d+\.json$/.test(p)) return `search ${p.includes("/words/") ? "words" : "docs"} file`;
  if (!file.endsWith(".html")) return file.includes(".") ? `other: ${file.replace(/^.*\./, "*.")}` : "other";
  const dir = p.slice(0, -file.length);
  if (dir === "/") return file === "index.html" ? "front page" : `page: ${file}`;
  if (/\/print\/(.+\/)?$/.test(dir)) return dir === "/print/" ? "print: whole timeline (index)" : /^\/\d{4}\//.test(dir) ? "print: year or month" : "print: a slice";
  if (/^\/embed\//.test(dir) && dir !== routes.embedCode("")) return "embed page";
  if (/^\/events\/[^/]+\/$/.test(dir)) return "event page";
  if (/^\/\d{4}\/$/.test(dir)) return "year page";
  if (period.test(dir)) return "month archive page";
  const [first, second] = dir.split("/").filter(Boolean);
  if (["countries", "tags", "groups", "sources"].includes(first!)) return second ? `${first!.replace(/ies$/, "y").replace(/s$/, "")} page` : `${first} index`;
  return `page: ${dir}`;
}

function walk(dir: string, root = dir): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, root);
    return entry.isFile() ? [{ path: `/${relative(root, path)}`, bytes: statSync(path).size }] : [];
  });
}

function bench(size: number, lang: string | undefined): { size: number; published: number; wallS: number; peakMb?: number; kinds: Map<string, Largest> } {
  const tmp = mkdtempSync(join(tmpdir(), `datelines-files-${size}-`));
  try {
    const data = join(tmp, "data");
    const out = join(tmp, "site");
    const generated = generateDataset(data, size);
    const siteFile = join(data, "site.json");
    const site = JSON.parse(readFileSync(siteFile, "utf8")) as Settings;
    settings = site;
    writeFileSync(siteFile, JSON.stringify({ ...site, share: { images: false } }, null, 2));
    const language = lang ?? site.lang;
    console.error(`[bench] ${size}: ${generated.published} published events; building ${language} into ${out}`);
    const started = performance.now();
    const built = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "--max-old-space-size=3500", "src/cli/bin.mjs", "build", "--lang", language, "--output", out], {
      cwd: ROOT,
      env: { ...process.env, DATELINES_DATA: data, DATELINES_CACHE: join(tmp, "cache") },
      encoding: "utf8",
      maxBuffer: 256 << 20,
    });
    const wallS = (performance.now() - started) / 1000;
    if (built.status !== 0) throw new Error(`build of ${size} events failed:\n${(built.stderr || built.stdout).slice(-3000)}`);
    const peakKb = Number(built.stderr.trim().split("\n").at(-1));
    const kinds = new Map<string, Largest>();
    for (const f of walk(out)) {
      const kind = kindOf(f.path);
      const seen = kinds.get(kind);
      if (!seen) kinds.set(kind, { kind, files: 1, ...f });
      else {
        seen.files++;
        if (f.bytes > seen.bytes) Object.assign(seen, f);
      }
    }
    for (const k of kinds.values()) {
      const marker = measureOf(k.kind)?.marker;
      if (marker) k.events = readFileSync(join(out, k.path), "utf8").match(marker)?.length ?? 0;
    }
    return { size, published: generated.published, wallS, ...(peakKb > 0 ? { peakMb: peakKb / 1024 } : {}), kinds };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface Settings {
  lang: string;
  feed: { entries: number };
  timeline: { maxEventsPerPage: number; maxEventsPerFile?: number };
}
let settings: Settings | undefined;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const at = args.indexOf("--lang");
  const lang = at >= 0 ? args[at + 1] : undefined;
  const sizes = (at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`event counts must be positive integers: ${args.join(" ")}`);
  const runs = (sizes.length ? sizes : [1000, 3000]).map((n) => bench(n, lang));

  console.log(`\n## Largest file of each kind (one language${lang ? `, ${lang}` : ""}; Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  for (const r of runs) console.log(`- ${r.size.toLocaleString("en-US")} events (${r.published.toLocaleString("en-US")} published): built in ${r.wallS.toFixed(1)} s, peak RSS ${r.peakMb?.toFixed(0) ?? "n/a"} MB`);
  const kinds = [...new Set(runs.flatMap((r) => [...r.kinds.keys()]))].sort();
  const [a, b] = runs.slice(-2);
  const extend = a && b && a !== b;
  const bounds = {
    perFile: settings!.timeline.maxEventsPerFile ?? 1000,
    axis: 10 * (settings!.timeline.maxEventsPerFile ?? 1000),
    perPage: settings!.timeline.maxEventsPerPage,
    feed: settings!.feed.entries,
  };
  const last = runs.at(-1)!;
  console.log(`\n| kind | ${runs.map((r) => `files / largest at ${r.size.toLocaleString("en-US")}`).join(" | ")} | largest at ${last.size.toLocaleString("en-US")} | its events | bytes per event | bound (events × bytes) |${extend ? ` at ${TARGET.toLocaleString("en-US")} events (estimate) |` : ""}`);
  console.log(`| --- | ${runs.map(() => "---:").join(" | ")} | --- | ---: | ---: | ---: |${extend ? " ---: |" : ""}`);
  for (const kind of kinds) {
    const cells = runs.map((r) => {
      const k = r.kinds.get(kind);
      return k ? `${k.files.toLocaleString("en-US")} / ${size(k.bytes)}` : "—";
    });
    const k = last.kinds.get(kind);
    const measure = measureOf(kind);
    const perEvent = k?.events ? k.bytes / k.events : undefined;
    const bounded = measure && perEvent ? bounds[measure.bound] * perEvent : undefined;
    const bound = bounded ? `${bounds[measure!.bound].toLocaleString("en-US")} × ${perEvent!.toFixed(0)} B ≈ ${size(bounded)}` : "";
    let projected = "";
    if (extend) {
      const [x, y] = [a.kinds.get(kind)?.bytes, b.kinds.get(kind)?.bytes];
      const linear = x !== undefined && y !== undefined ? Math.max(y, y + ((y - x) / (b.published - a.published)) * (TARGET * (b.published / b.size) - b.published)) : undefined;
      const bytes = bounded ?? linear;
      projected = bytes === undefined ? " — |" : ` ${size(bytes)}${bounded ? "" : " (linear)"}${bytes > LIMIT ? " ✗" : ""} |`;
    }
    console.log(`| ${kind} | ${cells.join(" | ")} | \`${k?.path ?? "—"}\` | ${k?.events ?? ""} | ${perEvent?.toFixed(0) ?? ""} | ${bound} |${projected}`);
  }
  if (extend) {
    console.log(`\nBound: the setting that bounds the kind (maxEventsPerFile ${bounds.perFile}, ten times that for the axis's marks, maxEventsPerPage ${bounds.perPage}, feed.entries ${bounds.feed}) times the bytes per event of its largest file, which is the estimate at ${TARGET.toLocaleString("en-US")} events.`);
    console.log(`Linear: a kind no setting bounds, extended in a straight line through ${a.size.toLocaleString("en-US")} and ${b.size.toLocaleString("en-US")} events. ✗ marks a file over 5 MB.`);
  }
}

main();
