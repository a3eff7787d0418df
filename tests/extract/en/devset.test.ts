/**
 * The English development set: gold offsets point at their text, and the locale keeps
 * its exact-match precision and recall on it (text, index, value; then mod and role).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DIR = join(ROOT, "tests/extract/devset/en");

interface Gold { text: string; index: number; value: string; mod?: string; role?: string }
interface Entry { file: string; origin: "seed" | "written" | "adapted"; published: string | null; note: string }

const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Entry[];
const load = (entry: Entry) => {
  const text = readFileSync(entry.origin === "seed" ? join(ROOT, entry.file) : join(DIR, entry.file), "utf8");
  const gold = JSON.parse(readFileSync(join(DIR, basename(entry.file).replace(/\.txt$/, ".gold.json")), "utf8")) as Gold[];
  return { text, gold };
};

test("the manifest lists a seed and at least four written or adapted documents", () => {
  assert.ok(manifest.some((e) => e.origin === "seed" && e.file.startsWith("_data/documents/")));
  assert.ok(manifest.filter((e) => e.origin !== "seed").length >= 4);
  for (const e of manifest) if (e.origin !== "seed") assert.ok(e.published !== null || /dateline|page date/i.test(e.note), e.file);
});

test("gold mentions point at their text, in code points, sorted", () => {
  for (const entry of manifest) {
    const { text, gold } = load(entry);
    const points = [...text];
    let last = -1;
    for (const m of gold) {
      assert.equal(points.slice(m.index, m.index + [...m.text].length).join(""), m.text, `${entry.file} @${m.index}`);
      assert.ok(m.index > last, `${entry.file}: sorted by index`);
      last = m.index;
    }
  }
});

test("precision and recall of exact (text, index, value) matches stay high", async () => {
  let tp = 0;
  let found = 0;
  let expected = 0;
  let sameModRole = 0;
  for (const entry of manifest) {
    const { text, gold } = load(entry);
    const options = entry.published ? { published: entry.published } : { fallbackReference: "2000-01-01" };
    const mentions = extractDates(text, await pickLocale(text, "en"), options).mentions;
    const key = (m: Gold) => `${m.index}|${m.text}|${m.value}`;
    const byKey = new Map(gold.map((g) => [key(g), g]));
    for (const m of mentions) {
      const g = byKey.get(key(m));
      if (!g) continue;
      tp++;
      if ((g.mod ?? null) === (m.mod ?? null) && (g.role ?? "event") === (m.role ?? "event")) sameModRole++;
    }
    found += mentions.length;
    expected += gold.length;
  }
  assert.ok(tp / found >= 0.95, `precision ${tp}/${found}`);
  assert.ok(tp / expected >= 0.95, `recall ${tp}/${expected}`);
  assert.equal(sameModRole, tp, "every exact match also has the gold mod and role");
});
