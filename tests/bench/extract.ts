/**
 * Extraction benchmark: scores our engine and plain chrono-node against the labelled
 * dev set, then measures our engine's throughput on a large input.
 *
 *   npm run bench:extract                       # every language in tests/extract/devset/
 *   npm run bench:extract -- --verbose          # plus the top misses and false positives
 *   npm run bench:extract -- --lang zh --lang th  # only these languages
 *   npm run bench:extract -- --devset DIR       # another dev set (or DATELINES_DEVSET=DIR)
 *   npm run bench:extract -- --no-throughput    # scores only
 *   npm run bench:extract -- --folder 1000      # only: `extract` over 1,000 synthetic documents,
 *                                               # one worker and one per core (extract-folder.ts)
 *   npm run bench:extract -- --bytes 4000000    # throughput at this input size per language only
 *                                               # (default: 1 MB and 20 MB; repeat --bytes for several)
 *
 * Dev-set format: tests/extract/devset/GUIDELINES.md. A language folder is scored
 * with the locale `pickLocale(text, <folder name>)` picks and the `published` date
 * of its manifest; chrono gets the same documents and the reference date our engine
 * used. Strict = same (text, index, value); lenient = same value and overlapping
 * span. Prints Markdown; writes nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { codePointLength } from "../../src/core/code-points.ts";
import { extractDates, pickLocale, UnknownLanguageError, type Locale } from "../../src/extract/index.ts";
import { chronoFor, chronoMentions, type Found } from "./chrono-baseline.ts";
import { folderBench } from "./extract-folder.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

const { values: args } = parseArgs({
  options: {
    verbose: { type: "boolean", short: "v", default: false },
    devset: { type: "string" },
    lang: { type: "string", multiple: true },
    bytes: { type: "string", multiple: true },
    "no-throughput": { type: "boolean", default: false },
    folder: { type: "string" },
  },
});
const DEVSET = args.devset ?? process.env.DATELINES_DEVSET ?? join(ROOT, "tests/extract/devset");
const SEEDS = join(ROOT, "_data/documents");
const THROUGHPUT_SIZES = (args.bytes ?? process.env.BENCH_EXTRACT_BYTES?.split(",") ?? ["1000000", "20000000"]).map(Number);
if (THROUGHPUT_SIZES.some((n) => !Number.isFinite(n) || n <= 0)) {
  console.error(`--bytes must be a positive number of bytes (got ${THROUGHPUT_SIZES.join(", ")})`);
  process.exit(2);
}
const TOP = 10;

interface ManifestEntry {
  file: string;
  origin?: "seed" | "written" | "adapted";
  published?: string | null;
  note?: string;
}

interface Gold extends Found {
  mod?: string;
  role?: string;
}

interface Doc {
  name: string;
  text: string;
  published?: string;
  gold: Gold[];
}

interface Score {
  gold: number;
  found: number;
  strict: number;
  lenient: number;
}

interface LanguageResult {
  lang: string;
  docs: Doc[];
  locale?: Locale;
  chronoName?: string;
  ours?: Score;
  chrono?: Score;
  misses: Example[];
  falsePositives: Example[];
  perDoc: { name: string; score: Score }[];
}

interface Example {
  doc: string;
  item: Found;
  /** What the other side has overlapping this span. */
  near: Found[];
}

const warnings: string[] = [];
const warn = (message: string) => warnings.push(message);

// ---------------------------------------------------------------- loading

function languages(): string[] {
  if (!existsSync(DEVSET)) throw new Error(`No dev set at ${DEVSET}`);
  return readdirSync(DEVSET)
    .filter((name) => statSync(join(DEVSET, name)).isDirectory() && existsSync(join(DEVSET, name, "manifest.json")))
    .filter((name) => !args.lang?.length || args.lang.includes(name))
    .sort();
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function loadDocs(lang: string): Doc[] {
  const dir = join(DEVSET, lang);
  let manifest: unknown;
  try {
    manifest = readJson(join(dir, "manifest.json"));
  } catch (error) {
    warn(`${lang}: cannot read manifest.json: ${(error as Error).message}`);
    return [];
  }
  if (!Array.isArray(manifest)) {
    warn(`${lang}: manifest.json is not an array`);
    return [];
  }
  const docs: Doc[] = [];
  for (const entry of manifest as ManifestEntry[]) {
    if (typeof entry?.file !== "string") {
      warn(`${lang}: manifest entry without a "file": ${JSON.stringify(entry)}`);
      continue;
    }
    const path = documentPath(dir, entry);
    if (!path) {
      warn(`${lang}: document ${entry.file} not found (looked in ${shortPath(dir)} and _data/documents)`);
      continue;
    }
    const name = basename(entry.file).replace(/\.txt$/, "");
    const goldPath = [join(dir, `${name}.gold.json`), join(dir, `${basename(entry.file)}.gold.json`)].find((p) => existsSync(p));
    if (!goldPath) {
      warn(`${lang}: no ${name}.gold.json for ${entry.file}; document skipped`);
      continue;
    }
    let gold: unknown;
    try {
      gold = readJson(goldPath);
    } catch (error) {
      warn(`${lang}: ${basename(goldPath)}: ${(error as Error).message}; document skipped`);
      continue;
    }
    const text = readFileSync(path, "utf8");
    const checked = checkGold(lang, name, text, gold);
    if (!checked) continue;
    const published = typeof entry.published === "string" ? entry.published : undefined;
    if (entry.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(String(entry.published))) warn(`${lang}: ${entry.file}: published "${entry.published}" is not YYYY-MM-DD`);
    docs.push({ name, text, published, gold: checked });
  }
  return docs;
}

function documentPath(dir: string, entry: ManifestEntry): string | undefined {
  const file = entry.file;
  const inDir = join(dir, file);
  const seed = join(SEEDS, basename(file));
  const fromRoot = join(ROOT, file);
  const order = file.includes("/") ? [fromRoot, inDir, seed] : entry.origin === "seed" ? [seed, inDir] : [inDir, seed];
  return order.find((p) => existsSync(p) && statSync(p).isFile());
}

/** Checks the gold file's shape and that every mention's text is at its index; returns the usable mentions. */
function checkGold(lang: string, name: string, text: string, gold: unknown): Gold[] | undefined {
  if (!Array.isArray(gold)) {
    warn(`${lang}: ${name}.gold.json is not an array; document skipped`);
    return undefined;
  }
  const points = [...text];
  const out: Gold[] = [];
  let lastIndex = -1;
  for (const g of gold as Gold[]) {
    if (typeof g?.text !== "string" || !Number.isInteger(g.index) || typeof g.value !== "string") {
      warn(`${lang}: ${name}.gold.json: entry without text/index/value: ${JSON.stringify(g)}`);
      continue;
    }
    const actual = points.slice(g.index, g.index + [...g.text].length).join("");
    if (actual !== g.text) {
      const at = text.indexOf(g.text);
      const hint = at >= 0 ? `; "${g.text}" first occurs at code point ${[...text.slice(0, at)].length}` : "";
      warn(`${lang}: ${name}.gold.json: "${g.text}" is not at index ${g.index} (found "${actual}")${hint}`);
    }
    if (g.index < lastIndex) warn(`${lang}: ${name}.gold.json: not sorted by index at "${g.text}" (${g.index})`);
    lastIndex = g.index;
    out.push(g);
  }
  return out;
}

// ---------------------------------------------------------------- scoring

const length = (s: string) => [...s].length;
const overlaps = (a: Found, b: Found) => a.index < b.index + length(b.text) && b.index < a.index + length(a.text);
const key = (m: Found) => `${m.index}\u0000${m.text}\u0000${m.value}`;

/** Strict and lenient true positives, and which items on each side went unmatched (strictly). */
function match(gold: Found[], found: Found[]): { strict: number; lenient: number; missed: Found[]; extra: Found[] } {
  const goldKeys = new Map<string, number>();
  for (const g of gold) goldKeys.set(key(g), (goldKeys.get(key(g)) ?? 0) + 1);
  let strict = 0;
  const extra: Found[] = [];
  for (const f of found) {
    const left = goldKeys.get(key(f)) ?? 0;
    if (left > 0) {
      goldKeys.set(key(f), left - 1);
      strict++;
    } else extra.push(f);
  }
  const missed: Found[] = [];
  for (const g of gold) {
    const left = goldKeys.get(key(g)) ?? 0;
    if (left > 0) {
      goldKeys.set(key(g), left - 1);
      missed.push(g);
    }
  }
  // Lenient: one-to-one, same value, overlapping spans; exact matches first, then by position.
  const used = new Set<number>();
  let lenient = 0;
  const order = [...found].sort((a, b) => a.index - b.index);
  for (const f of order) {
    let best = -1;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      if (used.has(i) || g.value !== f.value || !overlaps(f, g)) continue;
      if (best < 0 || (g.index === f.index && g.text === f.text)) best = i;
    }
    if (best >= 0) {
      used.add(best);
      lenient++;
    }
  }
  return { strict, lenient, missed, extra };
}

function add(a: Score | undefined, b: Score): Score {
  return a ? { gold: a.gold + b.gold, found: a.found + b.found, strict: a.strict + b.strict, lenient: a.lenient + b.lenient } : { ...b };
}

function prf(score: Score | undefined, kind: "strict" | "lenient"): string {
  if (!score) return "—";
  const tp = score[kind];
  const p = score.found ? tp / score.found : 0;
  const r = score.gold ? tp / score.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`;
}

async function evaluate(lang: string): Promise<LanguageResult> {
  const docs = loadDocs(lang);
  const result: LanguageResult = { lang, docs, misses: [], falsePositives: [], perDoc: [] };
  try {
    result.locale = await pickLocale(docs[0]?.text ?? "", lang);
  } catch (error) {
    if (!(error instanceof UnknownLanguageError)) throw error;
    warn(`${lang}: no locale yet (${error.message})`);
  }
  result.chronoName = chronoFor(lang)?.name;
  for (const doc of docs) {
    const gold: Found[] = doc.gold;
    let reference = doc.published ?? new Date().toISOString().slice(0, 10);
    if (result.locale) {
      // The gold labels vague past words (GUIDELINES.md), so they are read here as with `--vague`.
      const extraction = extractDates(doc.text, result.locale, { published: doc.published, vague: true });
      reference = extraction.reference.date;
      const found: Found[] = extraction.mentions.map(({ text, index, value }) => ({ text, index, value }));
      const m = match(gold, found);
      const score = { gold: gold.length, found: found.length, strict: m.strict, lenient: m.lenient };
      result.ours = add(result.ours, score);
      result.perDoc.push({ name: doc.name, score });
      for (const item of m.missed) result.misses.push({ doc: doc.name, item, near: found.filter((f) => overlaps(f, item)) });
      for (const item of m.extra) result.falsePositives.push({ doc: doc.name, item, near: gold.filter((g) => overlaps(g, item)) });
    }
    if (result.chronoName) {
      let found: Found[] = [];
      try {
        found = chronoMentions(lang, doc.text, reference) ?? [];
      } catch (error) {
        warn(`${lang}: chrono failed on ${doc.name}: ${(error as Error).message}`);
      }
      const m = match(gold, found);
      result.chrono = add(result.chrono, { gold: gold.length, found: found.length, strict: m.strict, lenient: m.lenient });
    }
  }
  return result;
}

// ---------------------------------------------------------------- reports

function scoreTable(results: LanguageResult[], kind: "strict" | "lenient"): string {
  const rows = [
    `| language | docs | gold mentions | ours found | ours P / R / F1 | chrono found | chrono P / R / F1 |`,
    `|---|---:|---:|---:|---|---:|---|`,
  ];
  for (const r of results) {
    const gold = r.docs.reduce((n, d) => n + d.gold.length, 0);
    rows.push(
      `| ${r.lang} | ${r.docs.length} | ${gold} | ${r.ours?.found ?? "—"} | ${prf(r.ours, kind)} | ${r.chrono?.found ?? "—"} | ${prf(r.chrono, kind)} |`,
    );
  }
  const total = (subset: LanguageResult[], label: string) => {
    const gold = subset.reduce((n, r) => n + r.docs.reduce((m, d) => m + d.gold.length, 0), 0);
    const docs = subset.reduce((n, r) => n + r.docs.length, 0);
    const zero = (r: LanguageResult): Score => ({ gold: r.docs.reduce((n, d) => n + d.gold.length, 0), found: 0, strict: 0, lenient: 0 });
    // A language without a locale (ours) or a chrono parser counts as finding nothing.
    const ours = subset.reduce<Score | undefined>((s, r) => add(s, r.ours ?? zero(r)), undefined);
    const chrono = subset.reduce<Score | undefined>((s, r) => add(s, r.chrono ?? zero(r)), undefined);
    rows.push(`| **${label}** | ${docs} | ${gold} | ${ours?.found ?? "—"} | ${prf(ours, kind)} | ${chrono?.found ?? "—"} | ${prf(chrono, kind)} |`);
  };
  if (results.length > 1) {
    total(results, "all (micro)");
    const covered = results.filter((r) => r.chronoName);
    if (covered.length && covered.length < results.length) total(covered, `${covered.map((r) => r.lang).join("+")} (micro)`);
  }
  return rows.join("\n");
}

function topExamples(examples: Example[], label: (e: Example) => string): string[] {
  const groups = new Map<string, { count: number; first: Example; docs: Set<string> }>();
  for (const e of examples) {
    const k = `${e.item.text} → ${e.item.value}`;
    const g = groups.get(k);
    if (g) {
      g.count++;
      g.docs.add(e.doc);
    } else groups.set(k, { count: 1, first: e, docs: new Set([e.doc]) });
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, TOP)
    .map(([k, g]) => `  - ${k}${g.count > 1 ? ` (×${g.count})` : ""} — ${g.first.doc}@${g.first.item.index}; ${label(g.first)}`);
}

function verboseReport(results: LanguageResult[]): string {
  const show = (list: Found[]) => list.map((f) => `"${f.text}"@${f.index} → ${f.value}`).join(", ");
  const out: string[] = ["", "## Top misses and false positives (ours, strict)"];
  for (const r of results) {
    if (!r.locale) continue;
    out.push("", `### ${r.lang}`, "", "Per document (strict):", "");
    for (const d of r.perDoc) out.push(`- ${d.name}: gold ${d.score.gold}, found ${d.score.found}, P/R/F1 ${prf(d.score, "strict")}`);
    out.push("", `Misses (${r.misses.length}):`, "");
    out.push(...topExamples(r.misses, (e) => (e.near.length ? `we found ${show(e.near)}` : "we found nothing there")));
    out.push("", `False positives (${r.falsePositives.length}):`, "");
    out.push(...topExamples(r.falsePositives, (e) => (e.near.length ? `gold has ${show(e.near)}` : "no gold mention there")));
  }
  return out.join("\n");
}

// ---------------------------------------------------------------- throughput

/**
 * Each language's dev-set documents repeated to at least `size` bytes, extracted as one text:
 * best of 3 runs (one when a run takes over 10 s). MB/s per core divides by the CPU time the run
 * used (process.cpuUsage, GC threads included), which a machine shared with other work changes
 * far less than the wall-clock time.
 */
function throughput(results: LanguageResult[], size: number): string {
  const rows = [
    `| language | input (MB) | characters | mentions | wall (s) | CPU (s) | MB/s (wall) | MB/s per core (CPU) |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|`,
  ];
  let megabytes = 0;
  let wall = 0;
  let cpu = 0;
  for (const r of results) {
    if (!r.locale || !r.docs.some((d) => d.text.length)) {
      rows.push(`| ${r.lang} | — | — | — | — | — | — | — |`);
      continue;
    }
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < size) {
      for (const d of r.docs) {
        parts.push(d.text);
        bytes += Buffer.byteLength(d.text) + 2;
      }
    }
    const big = parts.join("\n\n");
    const mb = Buffer.byteLength(big) / 1e6;
    const published = r.docs.find((d) => d.published)?.published ?? "2020-03-29";
    let best = { wall: Infinity, cpu: Infinity };
    let mentions = 0;
    for (let run = 0; run < 3; run++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      mentions = extractDates(big, r.locale, { published }).mentions.length;
      const t = (performance.now() - t0) / 1000;
      const used = process.cpuUsage(c0);
      const c = (used.user + used.system) / 1e6;
      if (c < best.cpu) best = { wall: t, cpu: c };
      progress(`  throughput ${r.lang} ${mb.toFixed(0)} MB: run ${run + 1} ${t.toFixed(2)} s wall, ${c.toFixed(2)} s CPU`);
      if (t > 10) break; // slow enough that one run tells us what we need
    }
    megabytes += mb;
    wall += best.wall;
    cpu += best.cpu;
    rows.push(
      `| ${r.lang} | ${mb.toFixed(2)} | ${codePointLength(big).toLocaleString("en")} | ${mentions.toLocaleString("en")} | ${best.wall.toFixed(2)} | ${best.cpu.toFixed(2)} | ${(mb / best.wall).toFixed(2)} | ${(mb / best.cpu).toFixed(2)} |`,
    );
  }
  if (cpu > 0) rows.push(`| **all** | ${megabytes.toFixed(2)} | | | ${wall.toFixed(2)} | ${cpu.toFixed(2)} | ${(megabytes / wall).toFixed(2)} | ${(megabytes / cpu).toFixed(2)} |`);
  return rows.join("\n");
}

// ---------------------------------------------------------------- main

if (args.folder !== undefined) {
  const count = Number(args.folder);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--folder takes a number of documents (got "${args.folder}")`);
    process.exit(2);
  }
  console.log(`# Extraction over a folder\n\n\`datelines extract\` (drafts) over ${count.toLocaleString("en")} synthetic documents, each three dev-set documents of one language, every language of the dev set in turn.\n`);
  console.log(await folderBench(ROOT, DEVSET, count));
  process.exit(0);
}

const langs = languages();
if (!langs.length) {
  console.log(`No dev-set languages in ${DEVSET} (a language is a folder with manifest.json; see tests/extract/devset/GUIDELINES.md).`);
  process.exit(0);
}
const results: LanguageResult[] = [];
for (const lang of langs) {
  progress(`scoring ${lang}…`);
  results.push(await evaluate(lang));
}

const chronoNames = results.map((r) => `${r.lang}: ${r.chronoName ?? "none (—)"}`).join(", ");
console.log(`# Extraction benchmark\n`);
console.log(`Dev set: ${shortPath(DEVSET)}. Baseline: chrono-node 2.10.3 (${chronoNames}), same reference date as ours; chrono spans trimmed of surrounding whitespace and commas.\n`);
console.log(`## Strict (same text, index and value)\n`);
console.log(scoreTable(results, "strict"));
console.log(`\n## Lenient (same value, overlapping span)\n`);
console.log(scoreTable(results, "lenient"));
if (results.some((r) => !r.locale)) console.log(`\nLanguages without a locale score 0 found in the totals: ${results.filter((r) => !r.locale).map((r) => r.lang).join(", ")}.`);
if (!args["no-throughput"]) {
  for (const size of THROUGHPUT_SIZES) {
    console.log(`\n## Throughput at ${(size / 1e6).toFixed(size < 1e6 ? 2 : 0)} MB (our engine, each language's dev-set documents repeated to ≥ ${(size / 1e6).toFixed(size < 1e6 ? 2 : 0)} MB as one text; best of 3, CPU time)\n`);
    console.log(throughput(results, size));
  }
}
if (args.verbose) console.log(verboseReport(results));
if (warnings.length) {
  console.log(`\n## Dev-set warnings (${warnings.length})\n`);
  for (const w of warnings) console.log(`- ${w}`);
}

function shortPath(path: string): string {
  const rel = relative(ROOT, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** Progress on a terminal only, so redirected output stays clean Markdown. */
function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}
