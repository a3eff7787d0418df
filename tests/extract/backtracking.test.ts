/**
 * Guard against catastrophic regex backtracking (and other super-linear work) in
 * every locale loadLocales() finds, so a new locale is covered without editing this
 * file. For each locale and each adversarial input kind, the whole engine
 * (extractDates) runs on inputs of size n and 4n; the time must grow roughly
 * linearly: time(4n) / time(n) < 12, best of 2 runs each (and of 4 before failing), with n doubled until
 * time(n) ≥ 10 ms (long enough for a quadratic pass to show). Times are taken
 * with performance.now() and, to tell a loaded machine from a slow pattern, as CPU
 * time too: a check fails only when both grow too fast. No single run may take
 * 5 s of CPU time or more; a run still going after 30 s is stopped. When a check fails, each of the locale's patterns is timed
 * alone on the same input, so the message names the pattern, or says the
 * super-linear work is in the shared engine.
 *
 *   BACKTRACKING_LOCALES=ar,th  only these locales
 *   DATELINES_DEVSET=DIR        dev set to build the realistic inputs from
 *
 * Runs happen in a worker thread, so a pattern that never finishes is stopped and
 * reported instead of hanging the test run. This is a guard against exponential
 * and quadratic patterns, not a speed target.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { normalizeDigits } from "../../src/extract/engine/digits.ts";
import { extractDates } from "../../src/extract/engine/extract.ts";
import type { Locale } from "../../src/languages/extraction.ts";
import { loadLocales } from "../../src/languages/registry.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const DEVSET = process.env.DATELINES_DEVSET ?? join(ROOT, "tests/extract/devset");

/** time(4n) / time(n) must stay below this: 4 for linear, 16 for quadratic. */
const MAX_RATIO = 12;
/** Any single run of the engine must use less CPU time than this (generous for a loaded 2-core machine). */
const RUN_CEILING_MS = 5000;
/** A run still going after this much wall-clock time is stopped and reported (a pattern that never finishes). */
const HANG_MS = 30_000;
/** n is doubled until one run takes at least this long (5 ms let a quadratic refiner pass slip through)… */
const MIN_BASE_MS = 10;
/** …or until n reaches this many UTF-16 units (then 4n ≈ 1 M). */
const MAX_N = 1 << 18;
const START_N = 1024;
/** Realistic text starts at 200 K characters (then 800 K): smaller inputs fit in the CPU cache and look faster per character. */
const REALISTIC_N = 200_000;
/** BACKTRACKING_LOCALES=ar,th checks only these locales (for a developer working on one). */
const ONLY = process.env.BACKTRACKING_LOCALES?.split(",").map((t) => t.trim()).filter(Boolean);
const PUBLISHED = "2020-03-29";

// ---------------------------------------------------------------- input kinds

/** A fixed unit repeated to length n. Units are BMP-only, so slicing never splits a pair. */
const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const FIXED: Record<string, string> = {
  // digits and separators
  "digit run": "0123456789",
  "digits and spaces": "12 ",
  "1-1-1-1…": "1-",
  "1/1/1/1…": "1/",
  "1.1.1.1…": "1.",
  "1,1,1,1…": "1,",
  "1:1:1:1…": "1:",
  "year-year-year…": "2020-",
  "ISO fragments 2020-03-2020-03-…": "2020-03-",
  "ISO dates back to back, no spaces": "2020-03-29",
  "ISO dates separated by spaces": "2020-03-29 ",
  "whitespace run": " ",
  "mixed whitespace run": " \t\u00a0\u3000\n",
  "open parentheses": "(",
  "long line without spaces": "abcdefghijklmnopqrstuvwxyz0123456789",
  // English
  "English month words": "March ",
  "abbreviated month words": "Mar. ",
  "month words without spaces": "MarchMayJune",
  "month and day pairs": "March 1 ",
  "range and list chains (en)": "March 26 to 27 and ",
  "connector run (en)": "to and , - through until ",
  "month word then a long space run": `March${" ".repeat(200)}`,
  "as-of run (en)": "as of ",
  // Chinese
  "年年年": "年",
  "月日月日": "月日",
  "2020年2020年…": "2020年",
  "3月3月3月…": "3月",
  "Chinese dates back to back": "3月29日，",
  "Chinese list/range chains": "27日、28日和29日至",
  "full-width digits": "０１２３４５６７８９",
  "Chinese numeral dates": "二〇二〇年三月",
  "parts of months (zh)": "月初月中月底上旬中旬下旬",
  "as-of run (zh)": "截至",
  // Arabic
  "Arabic-Indic digit run": "٠١٢٣٤٥٦٧٨٩",
  "Extended Arabic-Indic digit run": "۰۱۲۳۴۵۶۷۸۹",
  "Arabic month words": "مارس ",
  "Arabic day words": "يوم ",
  "Arabic dates with list connector": "26 مارس و",
  "Arabic relative days with weekday": "اليوم (الخميس) ",
  "Arabic tatweel run": "مـــــ",
  // Thai
  "Thai digit run": "๐๑๒๓๔๕๖๗๘๙",
  "Thai month words": "มีนาคม ",
  "Thai month words without spaces": "มีนาคม",
  "Thai abbreviated months": "ก.พ. ",
  "Thai abbreviated months without spaces": "ก.พ.",
  "Thai date words": "วันที่ ",
  "Thai Buddhist-era years": "พ.ศ. 2563 ",
  "Thai date range chains": "21 มีนาคม 2563 ถึง ",
  // Spanish, French and Russian (their own tests/extract/<lang>/backtracking.test.ts try more)
  "Spanish day-of-month chains": "1 de abril de ",
  "Spanish day lists and ranges": "1, 2 y el 3 al ",
  "French ordinal day chains": "1er au 2 et le 3 avril ",
  "French part-of-month words": "début fin mi- du mois de ",
  "Russian month words in their cases": "марта марте март ",
  "Russian day chains with year words": "1, 2 и 3 по 4 апреля 2020 гг. ",
  "weekdays with tense words (es, fr, ru)": "el pasado jueves jeudi dernier в прошлую пятницу ",
};

/** Kinds built from the locale's own dev-set documents (or its seed documents). */
const DERIVED = [
  "realistic text (documents repeated)",
  "realistic text without whitespace",
  "the locale's mentions back to back",
  "the locale's mentions without separators",
] as const;

const KINDS = [...Object.keys(FIXED), ...DERIVED];

/**
 * The locales, from loadLocales(). If one of them fails to load (a locale being
 * written), the others are imported folder by folder, as the registry finds them,
 * so they stay guarded; the failure is reported by its own test.
 */
async function locales(): Promise<{ locales: Locale[]; broken: string[] }> {
  try {
    return { locales: await loadLocales(), broken: [] };
  } catch {
    const dir = join(ROOT, "src/languages");
    const found: Locale[] = [];
    const broken: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!statSync(join(dir, name)).isDirectory() || !existsSync(join(dir, name, "index.ts"))) continue;
      try {
        found.push((await import(pathToFileURL(join(dir, name, "index.ts")).href)).locale as Locale);
      } catch (error) {
        broken.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    return { locales: found, broken };
  }
}

const documentCache = new Map<string, { texts: string[]; mentions: string[] }>();

/** Documents in the locale's language: its dev-set folder, else the seed documents in its language. */
function documentsFor(locale: Locale): { texts: string[]; mentions: string[] } {
  let cached = documentCache.get(locale.tag);
  if (!cached) documentCache.set(locale.tag, (cached = readDocumentsFor(locale)));
  return cached;
}

function readDocumentsFor(locale: Locale): { texts: string[]; mentions: string[] } {
  const tags = [locale.tag, ...(locale.aliases ?? [])].map((t) => t.toLowerCase());
  const matches = (lang: string) => {
    const lower = lang.toLowerCase();
    if (tags.includes(lower)) return true;
    try {
      return new Intl.Locale(lang).language === locale.tag;
    } catch {
      return false;
    }
  };
  const texts: string[] = [];
  const mentions: string[] = [];
  if (existsSync(DEVSET)) {
    for (const folder of readdirSync(DEVSET)) {
      const dir = join(DEVSET, folder);
      if (!statSync(dir).isDirectory() || !matches(folder) || !existsSync(join(dir, "manifest.json"))) continue;
      try {
        for (const entry of JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { file: string }[]) {
          const path = [join(dir, entry.file), join(ROOT, "_data/documents", basename(entry.file)), join(ROOT, entry.file)].find(
            (p) => existsSync(p) && statSync(p).isFile(),
          );
          if (path) texts.push(readFileSync(path, "utf8"));
          const gold = join(dir, `${basename(entry.file).replace(/\.txt$/, "")}.gold.json`);
          if (existsSync(gold)) for (const g of JSON.parse(readFileSync(gold, "utf8")) as { text: string }[]) mentions.push(g.text);
        }
      } catch {
        // a dev set being written: use what could be read
      }
    }
  }
  if (!texts.length) {
    try {
      const sources = JSON.parse(readFileSync(join(ROOT, "_data/sources.json"), "utf8")) as { sources: { file?: string; lang?: string }[] };
      for (const s of sources.sources) {
        const path = s.file && join(ROOT, "_data/documents", s.file);
        if (path && s.lang && matches(s.lang) && existsSync(path)) texts.push(readFileSync(path, "utf8"));
      }
    } catch {
      // no seed data
    }
  }
  if (!mentions.length && texts.length) {
    for (const text of texts) for (const m of extractDates(text, locale, { published: PUBLISHED }).mentions) mentions.push(m.text);
  }
  return { texts: texts.filter((t) => t.length), mentions: [...new Set(mentions)].filter((m) => m.length) };
}

/** The input generator for a kind, or a reason to skip it. */
function generator(locale: Locale, kind: string): ((n: number) => string) | string {
  const unit = FIXED[kind];
  if (unit !== undefined) return repeat(unit);
  const { texts, mentions } = documentsFor(locale);
  switch (kind as (typeof DERIVED)[number]) {
    case "realistic text (documents repeated)":
      return texts.length ? repeat(texts.join("\n\n")) : `no dev-set or seed documents for ${locale.tag}`;
    case "realistic text without whitespace":
      return texts.length ? repeat(texts.join("").replace(/\s+/g, "")) : `no dev-set or seed documents for ${locale.tag}`;
    case "the locale's mentions back to back":
      return mentions.length ? repeat(`${mentions.join(" ")} `) : `no mentions known for ${locale.tag}`;
    case "the locale's mentions without separators":
      return mentions.length ? repeat(mentions.join("")) : `no mentions known for ${locale.tag}`;
  }
  return `unknown kind ${kind}`;
}

// ---------------------------------------------------------------- worker side

interface Job {
  tag: string;
  kind: string;
  /** Omitted: the whole engine. Otherwise one of the locale's patterns alone: "parser:<id>" or "nonDates:<i>". */
  pattern?: string;
}

interface Measurement {
  n: number;
  /** Best wall-clock times (performance.now) on n and 4n characters. */
  t1: number;
  t4: number;
  /** Best CPU times (process.cpuUsage, all threads: the worker and V8's helpers) on n and 4n. */
  c1: number;
  c4: number;
  /** The longest single run, in CPU time. */
  slowest: number;
  /** Set when a run reached the ceiling and measuring stopped. */
  ceiling?: { size: number; ms: number };
}

type Reply = { type: "tick" } | { type: "done"; result: Measurement } | { type: "skip"; reason: string } | { type: "error"; message: string };

interface Timing {
  wall: number;
  cpu: number;
}

function measure(work: (input: string) => void, make: (n: number) => string, startN: number, post: (r: Reply) => void): Measurement {
  let slowest = 0;
  const once = (input: string): Timing => {
    post({ type: "tick" });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work(input);
    const wall = performance.now() - t0;
    const used = process.cpuUsage(c0);
    const cpu = (used.user + used.system) / 1000;
    slowest = Math.max(slowest, cpu);
    return { wall, cpu };
  };
  const best = (input: string): Timing => {
    const b = { wall: Infinity, cpu: Infinity };
    for (let i = 0; i < 2; i++) {
      const t = once(input);
      b.wall = Math.min(b.wall, t.wall);
      b.cpu = Math.min(b.cpu, t.cpu);
      if (t.cpu >= RUN_CEILING_MS) break;
    }
    return b;
  };
  let n = startN;
  for (;;) {
    const input = make(n);
    let t = once(input);
    if (t.cpu >= RUN_CEILING_MS) return { n, t1: t.wall, t4: NaN, c1: t.cpu, c4: NaN, slowest, ceiling: { size: n, ms: t.cpu } };
    if (t.wall >= MIN_BASE_MS) t = once(input); // a first run can be slowed by compilation or GC
    if (t.wall >= MIN_BASE_MS || n >= MAX_N) break;
    n *= 2;
  }
  const small = make(n);
  const large = make(4 * n);
  const b1 = best(small);
  const b4 = best(large);
  if (b4.cpu >= RUN_CEILING_MS) return { n, t1: b1.wall, t4: b4.wall, c1: b1.cpu, c4: b4.cpu, slowest, ceiling: { size: 4 * n, ms: b4.cpu } };
  if (superLinear(b1, b4)) {
    // One more try before failing: a busy machine can slow a whole series of runs.
    const r1 = best(small);
    const r4 = best(large);
    b1.wall = Math.min(b1.wall, r1.wall);
    b1.cpu = Math.min(b1.cpu, r1.cpu);
    b4.wall = Math.min(b4.wall, r4.wall);
    b4.cpu = Math.min(b4.cpu, r4.cpu);
  }
  return { n, t1: b1.wall, t4: b4.wall, c1: b1.cpu, c4: b4.cpu, slowest };
}

/** Growth from n to 4n, on wall-clock and on CPU time (short times count as MIN_BASE_MS, to ignore noise). */
function ratios(small: Timing, large: Timing): Timing {
  return { wall: large.wall / Math.max(small.wall, MIN_BASE_MS), cpu: large.cpu / Math.max(small.cpu, MIN_BASE_MS) };
}

/**
 * Super-linear when both clocks say so: wall-clock time is what the brief asks for,
 * CPU time does not count the time other processes on a loaded machine took.
 */
function superLinear(small: Timing, large: Timing): boolean {
  const r = ratios(small, large);
  return r.wall >= MAX_RATIO && r.cpu >= MAX_RATIO;
}

function growth(m: Measurement): string {
  const r = ratios({ wall: m.t1, cpu: m.c1 }, { wall: m.t4, cpu: m.c4 });
  return (
    `n=${m.n.toLocaleString("en")} characters took ${ms(m.t1)} (CPU ${ms(m.c1)}), 4n took ${ms(m.t4)} (CPU ${ms(m.c4)}): ` +
    `ratio ${r.wall.toFixed(1)} (CPU ${r.cpu.toFixed(1)})`
  );
}

/** The locale's patterns, named as in failure messages: parser ids, then nonDates by position. */
function patternNames(locale: Locale): string[] {
  return [...locale.parsers.map((p) => `parser:${p.id}`), ...locale.data.nonDates.map((_, i) => `nonDates:${i}`)];
}

/** One pattern alone, run the way the engine runs it (on digit-normalised text, global, with extract for parsers). */
function patternOf(locale: Locale, name: string): { pattern: RegExp | undefined; parser: Locale["parsers"][number] | undefined } {
  const [kind, id] = [name.slice(0, name.indexOf(":")), name.slice(name.indexOf(":") + 1)];
  const parser = kind === "parser" ? locale.parsers.find((p) => p.id === id) : undefined;
  return { parser, pattern: parser?.pattern ?? (kind === "nonDates" ? locale.data.nonDates[Number(id)] : undefined) };
}

/** "nonDates[6] /\b\d[\d,]*…/i", shortened. */
function describePattern(locale: Locale, name: string): string {
  const { pattern } = patternOf(locale, name);
  const label = name.startsWith("nonDates:") ? `data.nonDates[${name.slice(9)}]` : `parser ${name.slice(7)}`;
  if (!pattern) return label;
  const source = pattern.source.length > 160 ? `${pattern.source.slice(0, 160)}…` : pattern.source;
  return `${label} /${source}/${pattern.flags}`;
}

function patternWork(locale: Locale, name: string): (input: string) => void {
  const { pattern, parser } = patternOf(locale, name);
  if (!pattern) throw new Error(`no pattern ${name} in ${locale.tag}`);
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return (input) => {
    const text = normalizeDigits(input);
    const re = new RegExp(pattern.source, flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else parser?.extract(m, { text });
    }
  };
}

async function workerMain(): Promise<void> {
  const port = parentPort!;
  const { locales: all } = await locales();
  port.on("message", (job: Job) => {
    const post = (r: Reply) => port.postMessage(r);
    try {
      const locale = all.find((l) => l.tag === job.tag);
      if (!locale) return post({ type: "error", message: `no locale ${job.tag}` });
      const make = generator(locale, job.kind);
      if (typeof make === "string") return post({ type: "skip", reason: make });
      const startN = job.kind.startsWith("realistic") ? REALISTIC_N : START_N;
      const work = job.pattern ? patternWork(locale, job.pattern) : (input: string) => void extractDates(input, locale, { published: PUBLISHED });
      post({ type: "done", result: measure(work, make, startN, post) });
    } catch (error) {
      post({ type: "error", message: (error as Error).stack ?? String(error) });
    }
  });
  port.postMessage({ type: "tick" });
}

// ---------------------------------------------------------------- main side

/** One worker at a time, replaced when a run has to be stopped. */
class Runner {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;

  private start(): Promise<void> {
    // The worker registers tsx itself, so it can load the TypeScript sources however the test runs.
    const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(boot, { eval: true, env: { ...process.env, BACKTRACKING_WORKER: "1" } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
    return this.ready;
  }

  async run(job: Job): Promise<Exclude<Reply, { type: "tick" }> | { type: "timeout"; message: string }> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        // A tick comes before every run; silence this long means a run is stuck.
        timer = setTimeout(() => {
          cleanup();
          this.worker = undefined;
          void worker.terminate();
          resolve({ type: "timeout", message: `a single run had not finished after ${HANG_MS / 1000} s and was stopped` });
        }, HANG_MS);
      };
      const onMessage = (reply: Reply) => {
        if (reply.type === "tick") return arm();
        cleanup();
        resolve(reply);
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = undefined;
        resolve({ type: "error", message: error.stack ?? String(error) });
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      arm();
      worker.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

const ms = (t: number) => `${t.toFixed(1)} ms`;

/** After a failure: times each of the locale's patterns alone on the same input, to name the culprit. */
async function diagnose(runner: Runner, locale: Locale, kind: string): Promise<string> {
  const culprits: string[] = [];
  let worst = { name: "", ratio: 0 };
  for (const name of patternNames(locale)) {
    const reply = await runner.run({ tag: locale.tag, kind, pattern: name });
    const label = describePattern(locale, name);
    if (reply.type === "timeout") culprits.push(`${label} (a single run did not finish within ${HANG_MS / 1000} s)`);
    else if (reply.type === "error") culprits.push(`${label} (threw: ${reply.message.split("\n")[0]})`);
    else if (reply.type === "done") {
      const m = reply.result;
      if (m.ceiling) {
        culprits.push(`${label} (CPU ${ms(m.ceiling.ms)} on ${m.ceiling.size.toLocaleString("en")} characters)`);
        continue;
      }
      const ratio = Math.min(m.t4 / Math.max(m.t1, MIN_BASE_MS), m.c4 / Math.max(m.c1, MIN_BASE_MS));
      if (ratio > worst.ratio) worst = { name, ratio };
      if (superLinear({ wall: m.t1, cpu: m.c1 }, { wall: m.t4, cpu: m.c4 })) culprits.push(`${label} (alone: ${growth(m)})`);
    }
  }
  if (culprits.length) return `Super-linear pattern(s) in locale "${locale.tag}": ${culprits.join("; ")}. Look for nested or adjacent quantifiers over the same characters.`;
  return (
    `Each of the locale's patterns alone is linear on this input (worst ${worst.name || "—"}, ratio ${worst.ratio.toFixed(1)}), ` +
    `so the super-linear work is in the shared engine (src/extract/engine/: refiners or resolution), e.g. a pairwise pass over all candidates.`
  );
}

if (!isMainThread && process.env.BACKTRACKING_WORKER === "1") {
  await workerMain();
} else if (isMainThread) {
  const { locales: all, broken } = await locales();
  const runner = new Runner();
  after(() => runner.stop());

  test("every locale loads, and there is at least one", () => {
    assert.deepEqual(broken, [], `loadLocales() failed; these locale folders do not load:\n${broken.join("\n")}`);
    assert.ok(all.length > 0, "loadLocales() found no locale under src/languages/");
  });

  for (const locale of all.filter((l) => !ONLY?.length || ONLY.includes(l.tag))) {
    describe(`backtracking guard: locale "${locale.tag}"`, () => {
      for (const kind of KINDS) {
        test(kind, async (t) => {
          const where = `locale "${locale.tag}", input "${kind}"`;
          const reply = await runner.run({ tag: locale.tag, kind });
          if (reply.type === "skip") return t.skip(reply.reason);
          if (reply.type === "error") assert.fail(`${where}: the engine threw: ${reply.message}`);
          if (reply.type === "timeout") assert.fail(`${where}: ${reply.message}. ${await diagnose(runner, locale, kind)}`);
          const m = reply.result;
          if (m.ceiling) {
            assert.fail(
              `${where}: one run on ${m.ceiling.size.toLocaleString("en")} characters took ${ms(m.ceiling.ms)} of CPU time (ceiling ${RUN_CEILING_MS / 1000} s). ` +
                (await diagnose(runner, locale, kind)),
            );
          }
          assert.ok(m.slowest < RUN_CEILING_MS, `${where}: slowest run took ${ms(m.slowest)} of CPU time (ceiling ${RUN_CEILING_MS / 1000} s)`);
          t.diagnostic(growth(m));
          if (superLinear({ wall: m.t1, cpu: m.c1 }, { wall: m.t4, cpu: m.c4 })) {
            assert.fail(
              `${where}: time grows faster than linear: ${growth(m)} (limit ${MAX_RATIO}; 4 is linear, 16 quadratic). ` +
                (await diagnose(runner, locale, kind)),
            );
          }
        });
      }
    });
  }
}
