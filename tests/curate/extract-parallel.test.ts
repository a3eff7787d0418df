/**
 * `datelines extract` over worker threads gives the drafts, results and progress lines of one
 * worker, byte for byte and in the same order; a document that fails is named. Run on the seed
 * documents plus dev-set documents and one in a language without a locale.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

const data = tempFolder("parallel");
after(() => rmSync(data, { recursive: true, force: true }));
cpSync(join(ROOT, "_data"), data, { recursive: true, filter: (path) => !path.includes(`${join(ROOT, "_data", "drafts")}`) });
const manifest = JSON.parse(readFileSync(join(data, "sources.json"), "utf8")) as { sources: Record<string, unknown>[] };
for (const lang of ["en", "th", "ar", "zh"]) {
  for (const name of readdirSync(join(ROOT, "tests/extract/devset", lang)).filter((n) => n.endsWith(".txt")).slice(0, 2)) {
    cpSync(join(ROOT, "tests/extract/devset", lang, name), join(data, "documents", name));
    manifest.sources.push({ id: name.slice(0, -4), file: name, title: `[${name}]`, lang, published: { date: "2020-03-29", basis: "unknown" } });
  }
}
writeFileSync(join(data, "documents", "swahili.txt"), "Timu iliwasili tarehe 29 Machi 2020.\n");
manifest.sources.push({ id: "swahili", file: "swahili.txt", title: "[Swahili note]", lang: "sw", published: { date: "2020-03-29", basis: "unknown" } });
writeFileSync(join(data, "sources.json"), JSON.stringify(manifest, null, 2));

/** Every drafts file, name → bytes; then removes them, so the next run writes them afresh. */
function takeDrafts(): Record<string, string> {
  const dir = join(data, "drafts");
  const files = Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  rmSync(dir, { recursive: true });
  return files;
}

describe("extract over worker threads", () => {
  let one: { results: unknown; lines: string[]; drafts: Record<string, string> };

  test("one worker: drafts for every document, the one without a locale named with its file", async () => {
    const lines: string[] = [];
    const results = await extractDrafts({ root: ROOT, data, workers: 1, progress: (line) => lines.push(line) });
    one = { results, lines, drafts: takeDrafts() };
    assert.equal(results.length, manifest.sources.length);
    const failed = results.filter((r) => r.error);
    assert.deepEqual(failed.map((r) => r.source), ["swahili"]);
    assert.match(failed[0]!.error!, /^swahili\.txt: No extraction locale for "sw"/);
    assert.equal(Object.keys(one.drafts).length, manifest.sources.length - 1);
    assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf("]") + 1)), results.map((_, i) => `[${i + 1}/${results.length}]`), "lines in the sources' order");
  });

  test("three worker threads: the same results, lines and bytes", async () => {
    const lines: string[] = [];
    const counts: number[] = [];
    const results = await extractDrafts({ root: ROOT, data, workers: 3, progress: (line) => lines.push(line), finished: (p) => counts.push(p.done) });
    assert.deepEqual(results, one.results);
    assert.deepEqual(lines, one.lines);
    assert.deepEqual(takeDrafts(), one.drafts);
    assert.deepEqual(counts, manifest.sources.map((_, i) => i + 1), "progress counts every document once");
  });

  test("the compiled CLI with two workers writes the same bytes, and a summary", () => {
    const run = spawnSync(process.execPath, ["src/cli/bin.mjs", "extract", "--workers", "2"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATELINES_DATA: data } });
    assert.equal(run.status, 1, "a document failed: exit 1");
    assert.match(run.stderr, /\] swahili: skipped: swahili\.txt: No extraction locale for "sw"/);
    assert.match(run.stderr, new RegExp(`Drafts proposed for ${manifest.sources.length} documents \\(0\\.\\d\\d MB\\) in [\\d.]+ s`));
    assert.deepEqual(takeDrafts(), one.drafts);
  });

  test("--workers takes a whole number", () => {
    const run = spawnSync(process.execPath, ["src/cli/bin.mjs", "extract", "--workers", "0"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATELINES_DATA: data } });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--workers must be a whole number/);
  });
});
