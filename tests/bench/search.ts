/**
 * `npm run bench:search`: what a search moves over the network at N events, measured in
 * Chromium by counting the bytes of every response a query's page load fetched, for our index
 * (src/site/search/) and, with --pagefind, for Pagefind over the same texts.
 *
 *   npm run build && npm run bench:search                      # 10,000 events
 *   npm run bench:search -- 10000 100000 --pagefind            # any sizes, with Pagefind
 *   npm run bench:search -- 1000 --build                       # the search files from a full `datelines build`
 *
 * Each size: a synthetic dataset (synthetic.ts), then the four languages' search files. Without
 * --build they are written by the function `datelines build` calls (writeSearchFiles) from each
 * language's whole timeline, not by a site build (a 100,000-event site takes hours to build), and
 * the search pages and their script come from the sample site's build (_site/: the synthetic
 * site has the sample's languages and prefixes, so its search pages are the same). With --build,
 * the whole synthetic site is built (share images off) and searched as built.
 *
 * Pagefind (a devDependency for this comparison only) indexes one custom record per event and
 * language, whose content is exactly the texts our index holds (searchTexts), in that language's
 * index; a bench page per language loads /pagefind/pagefind.js, searches and loads the first
 * 20 results' data, as Pagefind's UI does. A query moves: ours, the manifest, the words files its
 * words are in and the docs files of the first 20 results; Pagefind, its entry, the language's
 * meta and index chunks and the first 20 fragments, plus its script and WebAssembly (counted
 * apart). Each query is a fresh browser context (nothing cached). Bytes are as sent without HTTP
 * compression; "gzip" is what a server that compresses would send (Pagefind's data files are
 * gzipped already). Prints Markdown; writes nothing into the repository.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { route } from "../../src/site/routes.ts";
import { SEARCH_FILE_SIZES, writeSearchFiles, type SearchFileSizes } from "../../src/site/search/search-files.ts";
import { searchTexts } from "../../src/site/search/search-index.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { generateDataset } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const SAMPLE = join(ROOT, "_site");

/** Queries in each script, words the synthetic data has (synthetic.ts: its countries, topics and sentences), searched on the page of their language. */
const QUERIES: { lang: string; queries: string[] }[] = [
  { lang: "en", queries: ["Laos", "vaccine", "medical supplies", "charter flight", "Hanoi", "hospital", "Cambodia loan"] },
  { lang: "zh-Hans", queries: ["老挝", "疫苗", "医疗物资", "包机", "专家组", "柬埔寨 医院", "视频会议"] },
  { lang: "th", queries: ["ลาว", "วัคซีน", "เวชภัณฑ์", "โรงพยาบาล", "เที่ยวบิน", "กัมพูชา วัคซีน", "ประชุม"] },
  { lang: "ar", queries: ["لاوس", "اللقاحات", "مستشفى", "الصين", "رحلة", "مصر اللقاحات", "الفيديو"] },
];

interface Measured {
  results: number;
  /** Bytes of the index's files fetched, as sent and gzipped. */
  data: number;
  gzip: number;
  /** Bytes of the search code fetched (Pagefind's script and WebAssembly; our search.js). */
  code: number;
  files: number;
  /** Of `data`: the manifest, words files and docs files (ours). */
  parts: { manifest: number; words: number; docs: number };
}

const log = (message: string) => console.error(`[bench:search] ${message}`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function walk(dir: string): { path: string; bytes: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((path) => ({ path, bytes: statSync(path).size }));
}

/** A page load in a fresh context: the bytes of the responses `kind` sorts into data and code. */
async function measure(
  context: BrowserContext,
  path: string,
  done: string,
  kind: (path: string) => "data" | "code" | undefined,
): Promise<Measured & { said: string }> {
  const page = await context.newPage();
  const bodies: Promise<[string, Buffer]>[] = [];
  page.on("response", (response) => {
    const p = new URL(response.url()).pathname;
    if (kind(p)) bodies.push(response.body().then((b) => [p, b] as [string, Buffer]));
  });
  await page.goto(SITE_ORIGIN + path, { waitUntil: "load" });
  await page.waitForFunction(done, undefined, { timeout: 120_000 });
  const said = await page.evaluate(() => document.title + "\n" + (document.querySelector("#search-status")?.textContent ?? ""));
  const fetched = await Promise.all(bodies);
  const m = { results: 0, data: 0, gzip: 0, code: 0, files: 0, said, parts: { manifest: 0, words: 0, docs: 0 } };
  for (const [p, body] of fetched) {
    if (kind(p) === "code") m.code += body.length;
    else {
      m.data += body.length;
      const part = p.includes("/words/") ? "words" : p.includes("/docs/") ? "docs" : "manifest";
      m.parts[part] += body.length;
      m.gzip += Math.min(body.length, gzipSync(body).length);
      m.files++;
    }
  }
  await page.close();
  return m;
}

async function pagefindIndex(site: string, records: AsyncIterable<{ url: string; content: string; language: string; meta: Record<string, string> }>): Promise<number> {
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  let count = 0;
  let batch: Promise<unknown>[] = [];
  for await (const record of records) {
    batch.push(index.addCustomRecord(record));
    count++;
    if (batch.length >= 500) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  batch = [];
  const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await pagefind.close();
  return count;
}

/** Pagefind's index language for a site language: its primary subtag (zh-Hans → zh). */
const pagefindLang = (lang: string) => lang.split("-")[0]!;

async function bench(size: number, options: { pagefind: boolean; build: boolean; sizes: SearchFileSizes }): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), `datelines-bench-search-${size}-`));
  try {
    const data = join(tmp, "data");
    const site = join(tmp, "site");
    let started = performance.now();
    const generated = generateDataset(data, size);
    const siteFile = join(data, "site.json");
    writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(siteFile, "utf8")), share: { images: false } }, null, 2));
    log(`${size}: generated ${generated.events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const loaded = await loadDataset({ root: ROOT, data });
    if (!loaded.ok) throw new Error(`the ${size}-event dataset is not valid: ${loaded.problems.slice(0, 3).map((p) => p.message).join("; ")}`);
    const { dataset } = loaded;
    const languages = (dataset.site.languages ?? [{ lang: dataset.site.lang, prefix: "" }]).map((l) => ({ lang: l.lang, prefix: l.prefix }));

    if (options.build) {
      started = performance.now();
      const built = spawnSync(process.execPath, ["src/cli/bin.mjs", "build", "--output", site], {
        cwd: ROOT,
        env: { ...process.env, DATELINES_DATA: data, DATELINES_CACHE: join(tmp, "cache") },
        encoding: "utf8",
        maxBuffer: 64 << 20,
      });
      if (built.status !== 0) throw new Error(`build failed: ${built.stderr.slice(-2000)}`);
      log(`${size}: built the site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else {
      if (!existsSync(join(SAMPLE, "assets", "search.js"))) throw new Error("Build the sample site first (npm run build): its search pages and script are used.");
      cpSync(join(SAMPLE, "assets"), join(site, "assets"), { recursive: true });
      for (const { prefix } of languages) cpSync(join(SAMPLE, route("search", prefix), "index.html"), join(site, route("search", prefix), "index.html"));
    }

    // Each language's timeline once: our files (unless built), Pagefind's records.
    const records: { url: string; content: string; language: string; meta: Record<string, string> }[][] = [];
    started = performance.now();
    for (const { lang } of languages) {
      const [timeline] = buildTimelines(dataset, undefined, [lang]);
      if (!options.build) writeSearchFiles(site, timeline!, options.sizes);
      if (options.pagefind) {
        const textsOf = searchTexts(timeline!);
        records.push(timeline!.events.map((e) => ({ url: e.url, content: textsOf(e).map(([text]) => text).join("\n"), language: pagefindLang(lang), meta: { title: e.headline, date: e.label } })));
      }
    }
    log(`${size}: ${options.build ? "timelines" : "timelines and search files"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (options.pagefind) {
      started = performance.now();
      const count = await pagefindIndex(site, (async function* () {
        for (const list of records) yield* list.splice(0);
      })());
      log(`${size}: Pagefind indexed ${count} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      for (const { lang } of languages) {
        const page = `<!doctype html><html lang="${pagefindLang(lang)}"><meta charset="utf-8"><title>…</title><script type="module">
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const search = await pagefind.search(new URLSearchParams(location.search).get("q"));
await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
document.title = "done " + search.results.length;
</script>`;
        mkdirSync(join(site, "pagefind-bench", pagefindLang(lang)), { recursive: true });
        writeFileSync(join(site, "pagefind-bench", pagefindLang(lang), "index.html"), page);
      }
    }

    // Largest files.
    const ours = languages.flatMap(({ prefix }) => walk(join(site, route("search", prefix))).filter((f) => f.path.endsWith(".json")));
    const theirs = walk(join(site, "pagefind"));
    const largest = (files: { path: string; bytes: number }[]) => files.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: "", bytes: 0 });
    const bigOurs = largest(ours);
    const bigTheirs = largest(theirs);

    const browser = await launchChromium();
    const rows: string[] = [];
    const summary: { lang: string; ours: Measured[]; theirs: Measured[] }[] = [];
    let page: { html: number; script: number } | undefined;
    try {
      for (const { lang, queries } of QUERIES) {
        const prefix = languages.find((l) => l.lang === lang)!.prefix;
        const entry = { lang, ours: [] as Measured[], theirs: [] as Measured[] };
        summary.push(entry);
        for (const query of queries) {
          const context = await browser.newContext();
          await serveBuiltSite(context, site);
          const searchPage = route("search", prefix);
          const ourPath = `${searchPage}?q=${encodeURIComponent(query)}`;
          const m = await measure(
            context,
            ourPath,
            "(() => { const s = document.querySelector('#search-status')?.textContent ?? ''; return s !== '' && s !== document.querySelector('form.search').dataset.searching; })()",
            (p) => (p.startsWith(searchPage) && p.endsWith(".json") ? "data" : p.endsWith("/search.js") ? "code" : undefined),
          );
          m.results = Number(m.said.split("\n")[1]!.match(/\d+/)?.[0] ?? 0);
          entry.ours.push(m);
          page ??= { html: statSync(join(site, searchPage, "index.html")).size, script: m.code };
          await context.close();
          let t: Measured | undefined;
          if (options.pagefind) {
            const pf = await browser.newContext();
            await serveBuiltSite(pf, site);
            const got = await measure(pf, `/pagefind-bench/${pagefindLang(lang)}/?q=${encodeURIComponent(query)}`, "document.title.startsWith('done')", (p) =>
              !p.startsWith("/pagefind/") ? undefined : /\/(pagefind(-worker)?\.js|wasm\.[^/]*)$/.test(p) ? "code" : "data",
            );
            got.results = Number(got.said.match(/done (\d+)/)?.[1] ?? 0);
            entry.theirs.push((t = got));
            await pf.close();
          }
          rows.push(
            `| ${lang} | ${query} | ${m.results.toLocaleString("en-US")} | ${m.files} | ${kb(m.data)} (${kb(m.parts.manifest)} + ${kb(m.parts.words)} + ${kb(m.parts.docs)}) | ${kb(m.gzip)} |` +
              (t ? ` ${t.results.toLocaleString("en-US")} | ${t.files} | ${kb(t.data)} | ${kb(t.data + t.code)} |` : ""),
          );
          log(`${size} ${lang} "${query}": ours ${m.results} results, ${kb(m.data)}${t ? `; Pagefind ${t.results} results, ${kb(t.data)} + ${kb(t.code)} code` : ""}`);
        }
      }
    } finally {
      await browser.close();
    }

    const out: string[] = [];
    out.push(`### ${size.toLocaleString("en-US")} events (${generated.published.toLocaleString("en-US")} published), ${options.build ? "a full site build" : "search files written from the timelines"}\n`);
    out.push(
      `| lang | query | results | files | bytes (manifest + words + docs) | gzip |${options.pagefind ? " Pagefind results | files | index bytes | with its JS + wasm |" : ""}\n| --- | --- | ---: | ---: | ---: | ---: |${options.pagefind ? " ---: | ---: | ---: | ---: |" : ""}`,
    );
    out.push(...rows);
    out.push("");
    out.push(`| script | ours: median / max bytes | gzip median / max |${options.pagefind ? " Pagefind index: median / max | with JS + wasm: median / max |" : ""}\n| --- | ---: | ---: |${options.pagefind ? " ---: | ---: |" : ""}`);
    const line = (name: string, ours: Measured[], theirs: Measured[]) =>
      `| ${name} | ${kb(median(ours.map((m) => m.data)))} / ${kb(Math.max(...ours.map((m) => m.data)))} | ${kb(median(ours.map((m) => m.gzip)))} / ${kb(Math.max(...ours.map((m) => m.gzip)))} |` +
      (options.pagefind
        ? ` ${kb(median(theirs.map((m) => m.data)))} / ${kb(Math.max(...theirs.map((m) => m.data)))} | ${kb(median(theirs.map((m) => m.data + m.code)))} / ${kb(Math.max(...theirs.map((m) => m.data + m.code)))} |`
        : "");
    for (const s of summary) out.push(line(s.lang, s.ours, s.theirs));
    out.push(line("all", summary.flatMap((s) => s.ours), summary.flatMap((s) => s.theirs)));
    out.push("");
    out.push(`Search page ${kb(page?.html ?? 0)} and search.js ${kb(page?.script ?? 0)}, loaded before any query. Our search files: ${ours.length.toLocaleString("en-US")} in four languages (${kb(ours.reduce((s, f) => s + f.bytes, 0))}); the largest \`${relative(site, bigOurs.path)}\` ${kb(bigOurs.bytes)}.`);
    if (options.pagefind) out.push(`Pagefind's files: ${theirs.length.toLocaleString("en-US")} (${kb(theirs.reduce((s, f) => s + f.bytes, 0))}); the largest \`${relative(site, bigTheirs.path)}\` ${kb(bigTheirs.bytes)}.`);
    return out.join("\n");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith("--") && a !== "--"));
  const sizes = { ...SEARCH_FILE_SIZES };
  for (const flag of flags) {
    const [, name, value] = flag.match(/^--(docs-per-file|word-file-kb)=(\d+)$/) ?? [];
    if (name === "docs-per-file") sizes.docsPerFile = Number(value);
    if (name === "word-file-kb") sizes.wordFileBytes = Number(value) * 1024;
    if (name) flags.delete(flag);
  }
  const unknown = [...flags].filter((f) => !["--pagefind", "--build"].includes(f));
  if (unknown.length) throw new Error(`Unknown option ${unknown.join(", ")}: use --pagefind, --build, --docs-per-file=N, --word-file-kb=N (the last two without --build).`);
  const counts = process.argv.slice(2).filter((a) => !a.startsWith("--")).map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("Event counts must be positive integers.");
  console.log(`## Search benchmark (Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; words files ~${sizes.wordFileBytes / 1024} KB, ${sizes.docsPerFile} records a docs file)\n`);
  for (const size of counts.length ? counts : [10000]) console.log(`${await bench(size, { pagefind: flags.has("--pagefind"), build: flags.has("--build"), sizes })}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
