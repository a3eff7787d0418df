/**
 * Every language pack is complete: what the reference pack (en) has, every pack has, so a missing
 * string, phrase or file fails here and never falls back to English at run time.
 * - the site: interface strings (ui.json, en's keys, with the plural forms the language needs),
 *   date-label phrases (a phrase for every qualifier an event date can have), the methodology
 *   (the same anchors and links as en's), gazetteer data;
 * - extraction, for a pack with parsers (index.ts): the same locale data as en's, and the tests
 *   every locale has: a folder of unit tests with a negative-cases file, and a labelled dev set.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadLocales } from "../../src/languages/registry.ts";
import { LANGUAGES_DIR, languagePacks, packTags, type LanguagePack } from "../../src/languages/packs.ts";
import { Qualifier } from "../../src/schema/event.ts";
import { ROOT } from "../support/fixture.ts";

/** Key paths of a strings file; plural forms ("one", "few" …) vary by language and count as their parent. */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Object.entries(value);
  if (entries.some(([k]) => k === "other")) return [prefix];
  return entries.flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function at(strings: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);
}

/** The plural categories a language uses for the counts a page can show (0–1000): ru one/few/many, ar all six; es and fr "many" only from a million. */
function categoriesUpTo1000(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

/** The anchors (id="…") and routes (route("…")) of a methodology text. */
function outline(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...new Set([...text.matchAll(/\bid="([^"]+)"|route\("([^"]+)"\)/g)].map((m) => (m[1] ? `#${m[1]}` : m[2]!)))].sort();
}

const packs = languagePacks();
const reference = packs.find((p) => p.tag === "en")!;
const referenceKeys = keys(reference.ui).sort();

describe("language packs", () => {
  test("every folder under src/languages/ is a pack, the list of languages is the list of folders", () => {
    // kit/ holds parsers several packs share; every other folder is a language.
    const folders = readdirSync(LANGUAGES_DIR).filter((f) => f !== "kit" && statSync(join(LANGUAGES_DIR, f)).isDirectory()).sort();
    assert.deepEqual(packTags(), folders);
    assert.ok(folders.includes("en"), "en is the reference pack");
    for (const tag of folders) assert.doesNotThrow(() => new Intl.Locale(tag), `src/languages/${tag}/ is not named by a language tag`);
  });

  for (const pack of packs) describe(`${pack.tag}`, () => packParity(pack));
});

function packParity(pack: LanguagePack): void {
  test("ui.json has exactly en's keys, and every plural the forms its language needs", () => {
    assert.deepEqual(keys(pack.ui).sort(), referenceKeys, `src/languages/${pack.tag}/ui.json`);
    const categories = new Intl.PluralRules(pack.tag).resolvedOptions().pluralCategories as string[];
    const counted = categoriesUpTo1000(pack.tag);
    for (const path of referenceKeys) {
      const value = at(pack.ui, path);
      if (typeof value === "string") {
        assert.ok(value.length > 0, `ui.json ${path} is empty`);
        continue;
      }
      const forms = Object.keys(value as object);
      assert.ok(forms.includes("other"), `ui.json ${path} lacks "other"`);
      for (const form of forms) assert.ok(categories.includes(form), `ui.json ${path} has "${form}", which ${pack.tag} does not use (it has ${categories.join(", ")})`);
      // A count ("{n} events") needs every form its language uses; a label ("Sources:") may use "other" for several.
      if (Object.values(value as object).some((f: string) => f.includes("{n}"))) {
        for (const category of counted) assert.ok(forms.includes(category), `ui.json ${path} lacks "${category}" (e.g. n = ${example(pack.tag, category)})`);
      }
    }
  });

  test("date-labels.json words every qualifier of an event date, around the date", () => {
    const qualifiers = Object.keys(pack.dateLabels.qualifier).sort();
    assert.deepEqual(qualifiers, [...Qualifier.options].sort(), `src/languages/${pack.tag}/date-labels.json "qualifier"`);
    for (const [q, phrase] of Object.entries(pack.dateLabels.qualifier)) {
      const byPrecision: Record<string, string> = typeof phrase === "string" ? { other: phrase } : phrase;
      assert.ok(byPrecision.other, `"${q}" needs an "other" phrase`);
      for (const [precision, words] of Object.entries(byPrecision)) {
        assert.ok(["day", "month", "year", "other"].includes(precision), `"${q}": "${precision}" is not a precision`);
        assert.equal(words.split(/\{(?:format)?\}/).length, 2, `"${q}" (${precision}): "${words}" must hold the date ({} or {format}) once`);
      }
    }
    if (pack.dateLabels.locale) assert.equal(new Intl.Locale(pack.dateLabels.locale).language, new Intl.Locale(pack.tag).language);
  });

  test("methodology.njk has en's anchors and links", () => {
    assert.deepEqual(outline(pack.methodology), outline(reference.methodology), `src/languages/${pack.tag}/methodology.njk`);
  });

  test("gazetteer.json names CLDR locales the platform knows, and its and search.json's patterns compile", () => {
    for (const locale of pack.gazetteer.locales ?? [pack.tag]) {
      assert.equal(new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).resolvedOptions().locale.split("-")[0], new Intl.Locale(locale).language);
    }
    for (const rule of pack.gazetteer.derived ?? []) for (const source of [rule.names, ...rule.strip]) assert.doesNotThrow(() => new RegExp(source, "u"));
    for (const source of [pack.search.wordPrefix ?? "", ...(pack.search.fold ?? []).map(([p]) => p)]) assert.doesNotThrow(() => new RegExp(source, "gu"), `search.json: ${source}`);
    const script = pack.gazetteer.script;
    if (script) assert.doesNotThrow(() => new RegExp(`\\p{Script=${script.script}}`, "u"), `unknown script "${script.script}"`);
  });

  if (existsSync(join(pack.dir, "index.ts"))) {
    test("its extraction locale has en's locale data, unit tests with negative cases, and a dev set", async () => {
      const locales = await loadLocales();
      const locale = locales.find((l) => l.tag === pack.tag);
      const en = locales.find((l) => l.tag === "en")!;
      assert.ok(locale, `src/languages/${pack.tag}/index.ts exports no locale tagged "${pack.tag}"`);
      const missing = Object.keys(en.data).filter((key) => !(key in locale.data));
      assert.deepEqual(missing, [], `src/languages/${pack.tag}/index.ts data lacks what en's has (optional fields such as rangeOpener may be added)`);
      assert.ok(existsSync(join(ROOT, "tests/extract", pack.tag, "negative.test.ts")), `tests/extract/${pack.tag}/negative.test.ts is missing`);
      assert.ok(existsSync(join(ROOT, "tests/extract/devset", pack.tag, "manifest.json")), `tests/extract/devset/${pack.tag}/ (a labelled dev set) is missing`);
    });
  }
}

function example(lang: string, category: string): number {
  const rules = new Intl.PluralRules(lang);
  return Array.from({ length: 1001 }, (_, n) => n).find((n) => rules.select(n) === category)!;
}
