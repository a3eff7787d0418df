/**
 * The ar development set: gold spans are exact (code points), and the locale keeps a high
 * precision and recall of exact (text, index, value) matches on it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";

const DIR = new URL("../devset/ar/", import.meta.url);
const ROOT = new URL("../../../", import.meta.url);
interface Entry { file: string; origin: string; published: string | null; note: string }
interface Gold { text: string; index: number; value: string; mod?: string; role?: string }

const manifest = JSON.parse(readFileSync(new URL("manifest.json", DIR), "utf8")) as Entry[];
const load = (e: Entry) => {
  const text = readFileSync(e.origin === "seed" ? new URL(e.file, ROOT) : new URL(e.file, DIR), "utf8");
  const gold = JSON.parse(readFileSync(new URL(`${e.file.split("/").pop()!.replace(/\.txt$/, "")}.gold.json`, DIR), "utf8")) as Gold[];
  return { text, gold };
};

test("the manifest lists the seed and at least four written documents", () => {
  assert.ok(manifest.some((e) => e.origin === "seed"));
  assert.ok(manifest.filter((e) => e.origin !== "seed").length >= 4);
});

for (const entry of manifest) {
  test(`gold spans are exact and sorted: ${entry.file}`, () => {
    const { text, gold } = load(entry);
    const points = [...text];
    for (const g of gold) assert.equal(points.slice(g.index, g.index + [...g.text].length).join(""), g.text);
    assert.deepEqual(gold.map((g) => g.index), [...gold.map((g) => g.index)].sort((a, b) => a - b));
  });
}

test("precision and recall of exact (text, index, value) matches", async () => {
  let tp = 0, found = 0, expected = 0;
  for (const entry of manifest) {
    const { text, gold } = load(entry);
    const got = extractDates(text, await pickLocale(text, "ar"), entry.published ? { published: entry.published } : {}).mentions;
    const key = (m: { text: string; index: number; value: string }) => `${m.text}|${m.index}|${m.value}`;
    const wanted = new Set(gold.map(key));
    tp += got.filter((m) => wanted.has(key(m))).length;
    found += got.length;
    expected += gold.length;
  }
  assert.ok(tp / found >= 0.9, `precision ${tp}/${found}`);
  assert.ok(tp / expected >= 0.9, `recall ${tp}/${expected}`);
});
