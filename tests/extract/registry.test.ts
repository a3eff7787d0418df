/**
 * The locale registry and the `datelines extract` command: every locale folder is
 * found, tags and parser ids are unique, language detection picks the right locale
 * for each script, unknown tags fail with a helpful error, and the CLI prints JSON
 * or a clear message.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Locale } from "../../src/languages/extraction.ts";
import { loadLocales, pickLocale, UnknownLanguageError } from "../../src/languages/registry.ts";
import { tempFolder } from "../support/temp.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const LOCALES_DIR = join(ROOT, "src/languages");
const REQUIRED = ["zh", "en", "ar", "th"];

/** Language packs with extraction parsers (index.ts); a pack may have only the site's part. */
const folders = readdirSync(LOCALES_DIR)
  .filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory() && existsSync(join(LOCALES_DIR, name, "index.ts")))
  .sort();

/** loadLocales(), or the error it failed with (reported by the first test, not as a crash of the file). */
let locales: Locale[] = [];
let loadError: Error | undefined;
try {
  locales = await loadLocales();
} catch (error) {
  loadError = error as Error;
}
const byTag = (tag: string) => locales.find((l) => l.tag === tag);
const names = (l: Locale) => [l.tag, ...(l.aliases ?? [])].map((t) => t.toLowerCase());

describe("locale registry", () => {
  test("loadLocales() loads every locale folder", () => {
    assert.equal(loadError, undefined, `loadLocales() failed: ${loadError?.message}`);
    assert.equal(locales.length, folders.length, `${folders.length} folders (${folders.join(", ")}) but ${locales.length} locales`);
    for (const [i, locale] of locales.entries()) {
      assert.ok(locale && typeof locale === "object", `src/languages/${folders[i]}/index.ts does not export \`locale\``);
    }
    for (const folder of folders) {
      assert.ok(
        locales.some((l) => l && names(l).includes(folder.toLowerCase())),
        `folder src/languages/${folder}/ is not the tag or an alias of any loaded locale (tags: ${locales.map((l) => l?.tag).join(", ")})`,
      );
    }
  });

  test("at least zh, en, ar and th exist", () => {
    const missing = REQUIRED.filter((tag) => !byTag(tag));
    assert.deepEqual(missing, [], `missing locales: ${missing.join(", ")} (found: ${locales.map((l) => l.tag).join(", ") || "none"})`);
  });

  test("tags and aliases are unique across locales", () => {
    const seen = new Map<string, string>();
    for (const locale of locales) {
      assert.match(locale.tag, /^[a-z]{2,3}$/, `tag "${locale.tag}" should be a bare BCP 47 language subtag`);
      for (const name of names(locale)) {
        const other = seen.get(name);
        assert.equal(other, undefined, `"${name}" is claimed by both ${other} and ${locale.tag}`);
        seen.set(name, locale.tag);
      }
    }
  });

  test("every parser id is unique and starts with the locale's tag", () => {
    const seen = new Map<string, string>();
    for (const locale of locales) {
      assert.ok(locale.parsers.length > 0, `${locale.tag} has no parsers`);
      for (const parser of locale.parsers) {
        assert.ok(parser.id.startsWith(`${locale.tag}.`), `parser id "${parser.id}" in ${locale.tag} should start with "${locale.tag}."`);
        assert.equal(seen.get(parser.id), undefined, `parser id "${parser.id}" is used twice`);
        seen.set(parser.id, locale.tag);
      }
    }
  });

  test("every locale has well-formed parsers and refiner data", () => {
    for (const locale of locales) {
      for (const parser of locale.parsers) {
        assert.ok(parser.pattern instanceof RegExp, `${parser.id}: pattern is not a RegExp`);
        assert.ok(!new RegExp(parser.pattern.source, parser.pattern.flags.replace("g", "")).test(""), `${parser.id}: pattern matches the empty string`);
        assert.equal(typeof parser.extract, "function", `${parser.id}: extract is not a function`);
      }
      const { data } = locale;
      assert.ok(data.rangeConnector instanceof RegExp, `${locale.tag}: data.rangeConnector is not a RegExp`);
      assert.ok(data.listConnector instanceof RegExp, `${locale.tag}: data.listConnector is not a RegExp`);
      assert.ok(Array.isArray(data.nonDates) && data.nonDates.every((p) => p instanceof RegExp), `${locale.tag}: data.nonDates is not a list of RegExps`);
      if (data.asOfBefore !== undefined) assert.ok(data.asOfBefore instanceof RegExp, `${locale.tag}: data.asOfBefore is not a RegExp`);
      for (const sample of ["", "   ", "2020", "Hello", "你好", "مرحبا", "สวัสดี"]) {
        const score = locale.detect(sample);
        assert.ok(Number.isFinite(score) && score >= 0 && score <= 1, `${locale.tag}: detect(${JSON.stringify(sample)}) = ${score}, expected 0–1`);
      }
    }
  });
});

describe("pickLocale", () => {
  const samples: [string, string][] = [
    ["th", "เมื่อวันที่ 21 มีนาคม 2563 กระทรวงสาธารณสุขแถลงว่าพบผู้ป่วยเพิ่ม"],
    ["ar", "أعلنت وزارة الصحة يوم 26 مارس الجاري عن إجراءات جديدة"],
    ["zh", "3月29日，中国向意大利派出第三批医疗专家组。"],
    ["en", "On March 26, the ministry announced new measures against the virus."],
    ["es", "El 26 de marzo, el ministerio anunció nuevas medidas contra el virus."],
    ["fr", "Le 26 mars, le ministère a annoncé de nouvelles mesures contre le virus."],
    ["ru", "26 марта министерство объявило о новых мерах против вируса."],
  ];
  for (const [tag, text] of samples) {
    test(`picks ${tag} for a short text in its script`, async (t) => {
      if (!byTag(tag)) return t.skip(`no ${tag} locale yet`);
      assert.equal((await pickLocale(text)).tag, tag, `text: ${text}`);
    });
  }

  test("resolves tags, aliases and regional variants case-insensitively", async () => {
    const cases: [string, string][] = [
      ["en", "en"], ["EN", "en"], ["en-US", "en"], ["en-GB", "en"], ["en-AU", "en"],
      ["zh", "zh"], ["zh-Hans", "zh"], ["zh-CN", "zh"],
      ["ar", "ar"], ["ar-EG", "ar"],
      ["th", "th"], ["th-TH", "th"],
      ["es", "es"], ["es-MX", "es"], ["es-419", "es"], ["fr", "fr"], ["fr-CA", "fr"], ["fr-SN", "fr"], ["ru", "ru"], ["ru-RU", "ru"], ["ru-KZ", "ru"],
    ];
    for (const [given, tag] of cases) {
      if (!byTag(tag)) continue;
      assert.equal((await pickLocale("", given)).tag, tag, `--lang ${given}`);
    }
  });

  test("an unknown --lang tag throws UnknownLanguageError naming the tag and the known ones", async () => {
    for (const tag of ["xx", "de", "tlh-Latn"]) {
      if (locales.some((l) => names(l).includes(tag.toLowerCase()) || l.tag === tag.split("-")[0])) continue;
      await assert.rejects(pickLocale("some text", tag), (error: Error) => {
        assert.ok(error instanceof UnknownLanguageError, `--lang ${tag}: expected UnknownLanguageError, got ${error.name}: ${error.message}`);
        assert.ok(error.message.includes(`"${tag}"`), `message should name the tag: ${error.message}`);
        for (const l of locales) assert.ok(error.message.includes(l.tag), `message should list known tag ${l.tag}: ${error.message}`);
        assert.match(error.message, /src\/languages/, "message should say where locales live");
        return true;
      });
    }
  });

  test("a malformed --lang tag also throws UnknownLanguageError, not a RangeError", async () => {
    for (const tag of ["en_US", "not a tag", "1234"]) {
      await assert.rejects(pickLocale("some text", tag), (error: Error) => {
        assert.ok(error instanceof UnknownLanguageError, `--lang ${JSON.stringify(tag)}: expected UnknownLanguageError, got ${error.name}: ${error.message}`);
        assert.ok(error.message.includes(tag), `message should name the tag: ${error.message}`);
        return true;
      });
    }
  });
});

describe("datelines extract --json", () => {
  const dir = tempFolder("extract-cli");
  after(() => rmSync(dir, { recursive: true, force: true }));
  // An empty data folder, so the source manifest cannot supply a date.
  const data = join(dir, "data");
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["src/cli/bin.mjs", "extract", ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DATELINES_DATA: data, NODE_OPTIONS: "" },
    });
  const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at .+:\d+:\d+/, `stderr should be a message, not a stack trace:\n${stderr}`);

  test("prints a JSON array of {text, index, value} with code-point indexes", (t) => {
    if (!byTag("en")) return t.skip("no en locale");
    // The emoji is two UTF-16 units but one code point: indexes must count code points.
    const input = "📰 GENEVA — The ministry said on April 2, 2020 that schools would reopen.\n";
    const file = join(dir, "story.txt");
    writeFileSync(file, input);
    const run = cli("--json", "--lang", "en", "--published", "2020-04-03", file);
    assert.equal(run.status, 0, `exit ${run.status}; stderr:\n${run.stderr}`);
    let out: unknown;
    assert.doesNotThrow(() => (out = JSON.parse(run.stdout)), `stdout is not JSON:\n${run.stdout}`);
    assert.ok(Array.isArray(out), "stdout is not a JSON array");
    const mentions = out as { text: unknown; index: unknown; value: unknown }[];
    assert.ok(mentions.length > 0, "no mentions found");
    const points = [...input];
    for (const m of mentions) {
      assert.equal(typeof m.text, "string", JSON.stringify(m));
      assert.ok(Number.isInteger(m.index), JSON.stringify(m));
      assert.match(String(m.value), /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, JSON.stringify(m));
      const text = m.text as string;
      assert.equal(points.slice(m.index as number, (m.index as number) + [...text].length).join(""), text, `text is not at its code-point index: ${JSON.stringify(m)}`);
    }
    assert.ok(
      mentions.some((m) => m.value === "2020-04-02" && String(m.text).includes("April 2")),
      `expected April 2, 2020 → 2020-04-02 in:\n${run.stdout}`,
    );
  });

  test("vague past words only with --vague", () => {
    const file = join(dir, "vague.txt");
    writeFileSync(file, "The ministry recently said schools would reopen on April 2.\n");
    const texts = (...flags: string[]) => (JSON.parse(cli("--json", "--lang", "en", "--published", "2020-04-03", ...flags, file).stdout) as { text: string }[]).map((m) => m.text);
    assert.deepEqual(texts(), ["April 2"]);
    assert.deepEqual(texts("--vague"), ["recently", "April 2"]);
  });

  test("a missing file exits non-zero with a clear message", () => {
    const file = join(dir, "does-not-exist.txt");
    const run = cli("--json", "--lang", "en", file);
    assert.notEqual(run.status, 0);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /does-not-exist\.txt/);
    assert.match(run.stderr, /no such file/i);
    noStack(run.stderr);
  });

  test("a binary file exits non-zero with a clear message", () => {
    const file = join(dir, "image.png");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = cli("--json", "--lang", "en", file);
    assert.notEqual(run.status, 0);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /image\.png/);
    assert.match(run.stderr, /binary/i);
    noStack(run.stderr);
  });

  test("a non-UTF-8 text file exits non-zero with a clear message", () => {
    const file = join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from("Caf\xe9 ouvert le 26 mars 2020\n", "latin1"));
    const run = cli("--json", "--lang", "en", file);
    assert.notEqual(run.status, 0);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /latin1\.txt/);
    assert.match(run.stderr, /UTF-8/);
    noStack(run.stderr);
  });

  test("a bad --published exits non-zero with a clear message", () => {
    const file = join(dir, "ok.txt");
    writeFileSync(file, "On March 26, the ministry met.\n");
    for (const published of ["29/03/2020", "2020-3-29", "yesterday", "2020-02-30", "2020-13-01"]) {
      const run = cli("--json", "--lang", "en", "--published", published, file);
      assert.notEqual(run.status, 0, `--published ${published} was accepted:\n${run.stdout}`);
      assert.equal(run.stdout, "", `--published ${published}: nothing should be printed on stdout`);
      assert.ok(run.stderr.includes(published), `--published ${published}: stderr should name the value:\n${run.stderr}`);
      assert.match(run.stderr, /YYYY-MM-DD/, `--published ${published}: stderr should give the expected form`);
      noStack(run.stderr);
    }
  });

  test("an unknown --lang exits non-zero naming the known locales", () => {
    const file = join(dir, "ok2.txt");
    writeFileSync(file, "On March 26, the ministry met.\n");
    const run = cli("--json", "--lang", "xx", file);
    assert.notEqual(run.status, 0);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /"xx"/);
    noStack(run.stderr);
  });
});
