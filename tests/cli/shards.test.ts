/**
 * Building in shards: `datelines build --lang T` writes one language's pages beside the others
 * already in the folder, so shards built apart (in parallel, or on separate machines) merge into
 * the same site a whole build makes. The whole build itself runs a shard per language, and a large
 * language in parts (a run each, every n-th page): the pages are the same whatever the parts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { digest, SITE } from "../support/build.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

const tmp = tempFolder("shards");
after(() => rmSync(tmp, { recursive: true, force: true }));
const build = (output: string, ...args: string[]) => buildWith({}, output, ...args);
const buildWith = (env: Record<string, string>, output: string, ...args: string[]) =>
  spawnSync(process.execPath, ["src/cli/bin.mjs", "build", "--output", output, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });

test("shards built apart, in parts and in parallel processes, and one adding to another's folder, merge into the site a whole build writes; an unknown language is refused", () => {
  const [first, second] = [join(tmp, "first"), join(tmp, "second")];
  const one = build(first, "--lang", "en,zh-Hans");
  assert.equal(one.status, 0, one.stderr);
  assert.ok(existsSync(join(first, "index.html")) && existsSync(join(first, "zh/index.html")));
  assert.ok(!existsSync(join(first, "ar")) && !existsSync(join(first, "th")), "a shard wrote another language's pages");
  assert.ok(existsSync(join(first, "events.json")), "the main language's shard writes the site's export");
  // Arabic and Thai in three parts of at most ten events each (the sample has 28), in two processes
  // at once, beside nothing: each part a run writing its share.
  const two = buildWith({ DATELINES_EVENTS_PER_PART: "10" }, second, "--lang", "ar,th", "--workers", "2");
  assert.equal(two.status, 0, two.stderr);
  for (const lang of ["ar", "th"]) {
    assert.match(two.stdout, new RegExp(`^Built ${lang}, part 3 of 3 in [\\d.]+ s$`, "m"));
    assert.match(two.stdout, new RegExp(`^Built ${lang} in [\\d.]+ s$`, "m"), "each language is built by a process of its own");
  }
  assert.ok(!existsSync(join(second, "index.html")) && !existsSync(join(second, "events.json")));
  // A shard adds to the folder it is given, leaving the other languages' pages.
  const three = build(second, "--lang", "th");
  assert.equal(three.status, 0, three.stderr);
  assert.ok(existsSync(join(second, "ar/index.html")) && existsSync(join(second, "th/index.html")));
  // Merge, as a CI job would after a matrix of shard jobs, and compare with the whole build (_site/).
  cpSync(second, first, { recursive: true });
  const [merged, whole] = [digest(first), digest(SITE)];
  const differing = [...whole].filter(([f, h]) => merged.get(f) !== h).map(([f]) => f);
  assert.deepEqual(differing.slice(0, 10), [], `${differing.length} files differ from the whole build`);
  assert.equal(merged.size, whole.size);
  const workers = build(second, "--workers", "0");
  assert.equal(workers.status, 2);
  assert.match(workers.stderr, /--workers must be a whole number of processes, 1 or more \(got "0"\)/);
  const wrong = build(second, "--lang", "fr");
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /--lang fr: the site is not published in it\. Use one or more of: en, zh-Hans, ar, th/);
});
