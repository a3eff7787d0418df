/**
 * Every language's development set (tests/extract/devset/<lang>/, see GUIDELINES.md):
 * gold spans are exact, and each locale keeps precision and recall of exact
 * (text, index, value) matches above a floor. A new language folder is covered
 * as soon as it exists. `npm run bench:extract` reports the full scores.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, test } from "node:test";
import { extractDates, loadLocales, pickLocale } from "../../src/extract/index.ts";
import { ROOT } from "../support/fixture.ts";

const DEVSET = join(ROOT, "tests/extract/devset");
const FLOOR = 0.95;

interface Entry {
  file: string;
  origin: "seed" | "written" | "adapted";
  published: string | null;
}
interface Gold {
  text: string;
  index: number;
  value: string;
}

const languages = readdirSync(DEVSET, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** Languages the sample data has documents in: their dev sets include those seed documents. */
const seeded = new Set(
  (JSON.parse(readFileSync(join(ROOT, "_data/sources.json"), "utf8")).sources as { lang: string }[]).map((s) => new Intl.Locale(s.lang).language),
);

test("there is a development set for each extraction locale", async () => {
  for (const lang of ["zh", "en", "ar", "th"]) assert.ok(languages.includes(lang), lang);
  for (const locale of await loadLocales()) assert.ok(languages.includes(locale.tag), `no dev set for locale ${locale.tag} in tests/extract/devset/`);
});

for (const lang of languages) {
  const dir = join(DEVSET, lang);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Entry[];
  const load = (e: Entry) => ({
    text: readFileSync(e.origin === "seed" ? join(ROOT, e.file) : join(dir, e.file), "utf8"),
    gold: JSON.parse(readFileSync(join(dir, `${basename(e.file, ".txt")}.gold.json`), "utf8")) as Gold[],
  });

  describe(`dev set: ${lang}`, () => {
    test("has seed and written documents, each gold mention exactly at its code-point index, in order", () => {
      // A language the sample data has documents in labels them too; one without has at least six of its own.
      if (seeded.has(lang)) assert.ok(manifest.some((e) => e.origin === "seed") && manifest.filter((e) => e.origin !== "seed").length >= 4);
      else assert.ok(manifest.filter((e) => e.origin !== "seed").length >= 6, `${lang}: at least six written or adapted documents`);
      for (const entry of manifest) {
        const { text, gold } = load(entry);
        const points = [...text];
        for (const g of gold) assert.equal(points.slice(g.index, g.index + [...g.text].length).join(""), g.text, `${entry.file}: ${g.text}@${g.index}`);
        assert.deepEqual(gold.map((g) => g.index), gold.map((g) => g.index).sort((a, b) => a - b), `${entry.file} is not sorted`);
      }
    });

    test("without a language tag, each document is detected as this language", async () => {
      for (const entry of manifest) assert.equal((await pickLocale(load(entry).text)).tag, lang, `${entry.file} is not detected as ${lang}`);
    });

    test(`precision and recall of exact matches are at least ${FLOOR}`, async () => {
      const locale = await pickLocale("", lang);
      const key = (m: Gold) => `${m.index}|${m.text}|${m.value}`;
      let tp = 0;
      let found = 0;
      let expected = 0;
      const misses: string[] = [];
      for (const entry of manifest) {
        const { text, gold } = load(entry);
        // The gold labels vague past words too (GUIDELINES.md): scored with the option that reads them.
        const got = extractDates(text, locale, { ...(entry.published ? { published: entry.published } : {}), vague: true }).mentions;
        const want = new Set(gold.map(key));
        const have = new Set(got.map(key));
        tp += got.filter((m) => want.has(key(m))).length;
        found += got.length;
        expected += gold.length;
        misses.push(...gold.filter((g) => !have.has(key(g))).map((g) => `${entry.file}: ${g.text}@${g.index} → ${g.value}`));
      }
      const detail = `\nmissed:\n  ${misses.join("\n  ")}`;
      assert.ok(tp / found >= FLOOR, `precision ${tp}/${found}${detail}`);
      assert.ok(tp / expected >= FLOOR, `recall ${tp}/${expected}${detail}`);
    });
  });
}
