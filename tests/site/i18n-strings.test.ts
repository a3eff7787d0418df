/** Every UI language has every string the reference (English) has, and no stale extras. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../../src/site/i18n/", import.meta.url));
const load = (file: string) => JSON.parse(readFileSync(DIR + file, "utf8")) as Record<string, unknown>;

/** Key paths of a strings file; plural forms ("one", "few" …) vary by language and count as their parent. */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Object.entries(value);
  if (entries.some(([k]) => k === "other")) return [prefix];
  return entries.flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const reference = keys(load("en.json")).sort();
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

test("there are strings for English, Chinese, Arabic and Thai", () => {
  assert.deepEqual(files.sort(), ["ar.json", "en.json", "th.json", "zh-Hans.json"]);
});

for (const file of files) {
  test(`${file} has exactly the reference keys, and every plural has an "other" form`, () => {
    const strings = load(file);
    assert.deepEqual(keys(strings).sort(), reference);
    const lang = file.replace(/\.json$/, "");
    for (const path of reference) {
      const value = path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);
      if (typeof value === "object" && value !== null) {
        const forms = Object.keys(value);
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const category of needed) assert.ok(forms.includes(category) || forms.includes("other"), `${file} ${path} lacks ${category}`);
        assert.ok(forms.includes("other"), `${file} ${path} lacks "other"`);
      }
    }
  });
}

test("Thai strings never glue a number to a word (\"จาก 5 แหล่ง\", not \"จาก5 แหล่ง\")", () => {
  const th = load("th.json") as { count: Record<string, { other: string }> };
  // Counts ({events}: "5 เหตุการณ์") start with a number; names ({country}, {tag}) are Thai words; anything else may be a number.
  const example = (key: string) => th.count[key]?.other.replace("{n}", "5") ?? (["country", "tag"].includes(key) ? "จีน" : "5");
  const glued: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "object" && value !== null) return Object.entries(value).forEach(([k, v]) => visit(v, `${path}.${k}`));
    const text = String(value).replace(/\{(\w+)\}/g, (_, key: string) => example(key));
    if (/\p{Script=Thai}\d|\d\p{Script=Thai}/u.test(text)) glued.push(`${path}: ${value}`);
  };
  visit(th, "th");
  assert.deepEqual(glued, []);
});
