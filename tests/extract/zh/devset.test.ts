/**
 * The zh development set (tests/extract/devset/zh): every gold span is exact, and the locale keeps
 * its precision and recall of exact (text, index, value) matches above a floor.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const DEV = join(ROOT, "tests/extract/devset/zh");

interface Entry {
  file: string;
  origin: "seed" | "written" | "adapted";
  published: string | null;
}
interface Gold {
  text: string;
  index: number;
  value: string;
  mod?: string;
  role?: string;
}

const manifest = JSON.parse(readFileSync(join(DEV, "manifest.json"), "utf8")) as Entry[];
const load = (e: Entry) => ({
  text: readFileSync(e.origin === "seed" ? join(ROOT, e.file) : join(DEV, e.file), "utf8"),
  gold: JSON.parse(readFileSync(join(DEV, `${basename(e.file, ".txt")}.gold.json`), "utf8")) as Gold[],
});

test("every gold mention is exactly the text at its code-point index, in order", () => {
  assert.ok(manifest.length >= 6);
  for (const entry of manifest) {
    const { text, gold } = load(entry);
    const points = [...text];
    for (const g of gold) assert.equal(points.slice(g.index, g.index + [...g.text].length).join(""), g.text, `${entry.file}: ${g.text} at ${g.index}`);
    assert.deepEqual(gold.map((g) => g.index), [...gold.map((g) => g.index)].sort((a, b) => a - b), `${entry.file}: sorted by index`);
  }
});

test("precision and recall of exact (text, index, value) matches stay above 0.9", async () => {
  const locale = await pickLocale("", "zh");
  let tp = 0;
  let found = 0;
  let expected = 0;
  for (const entry of manifest) {
    const { text, gold } = load(entry);
    const key = (m: { text: string; index: number; value: string }) => `${m.index}|${m.text}|${m.value}`;
    const want = new Set(gold.map(key));
    const got = extractDates(text, locale, entry.published ? { published: entry.published } : {}).mentions;
    tp += got.filter((m) => want.has(key(m))).length;
    found += got.length;
    expected += gold.length;
  }
  assert.ok(tp / found >= 0.9, `precision ${tp}/${found}`);
  assert.ok(tp / expected >= 0.9, `recall ${tp}/${expected}`);
});
