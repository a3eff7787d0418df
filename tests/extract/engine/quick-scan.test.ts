/** The quick-scan lookahead leaves every parser's matches as they were, and the source rewrite it rests on. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { normalizeDigits } from "../../../src/extract/engine/digits.ts";
import { hasCostlyLookbehind, withoutLookbehinds, withQuickScan } from "../../../src/extract/engine/quick-scan.ts";
import { loadLocales } from "../../../src/languages/registry.ts";

const ROOT = join(import.meta.dirname, "../../..");
const DEVSET = join(ROOT, "tests/extract/devset");

/** Every dev-set document (and seed) of a language, joined. */
function devsetText(lang: string): string {
  const dir = join(DEVSET, lang);
  if (!existsSync(join(dir, "manifest.json"))) return "";
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { file: string }[];
  return manifest
    .map(({ file }) => [join(dir, file), join(ROOT, "_data/documents", file.split("/").at(-1)!)].find(existsSync))
    .filter((p): p is string => p !== undefined)
    .map((p) => readFileSync(p, "utf8"))
    .join("\n\n");
}

function matches(pattern: RegExp, text: string): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${JSON.stringify([...m])}:${JSON.stringify(m.groups ?? null)}`);
  }
  return out;
}

describe("quick scan", () => {
  test("every parser finds the same matches, groups included, with and without it", async () => {
    let rewritten = 0;
    for (const locale of await loadLocales()) {
      const folder = readdirSync(DEVSET).find((name) => name === locale.tag);
      const text = normalizeDigits(folder ? devsetText(folder) : "");
      for (const parser of locale.parsers) {
        const quick = withQuickScan(parser.pattern);
        if (quick === parser.pattern) continue;
        rewritten++;
        const plain = matches(parser.pattern, text);
        assert.deepEqual(matches(quick, text), plain, `${parser.id}: the quick-scan pattern finds other matches`);
      }
    }
    assert.ok(rewritten > 0, "no parser pattern has a lookbehind testing \\p{…}: the quick scan is unused and can go");
  });

  test("the lookahead drops lookbehinds and capture groups, and keeps classes and escapes", () => {
    assert.equal(withoutLookbehinds("(?<=^|[^\\p{L}])(a|(?<x>b))\\(c[(?<=)]", "u"), "(?:a|(?:b))\\(c[(?<=)]");
    assert.equal(withoutLookbehinds("(?:(?<![\\d)])(\\d+)|x)(?!y)", "u"), "(?:(?:\\d+)|x)(?!y)");
  });

  test("patterns it cannot rewrite safely are left alone", () => {
    assert.equal(withoutLookbehinds("(?<=\\p{L})(\\d)\\1", "u"), undefined);
    assert.equal(withoutLookbehinds("(?<=\\p{L})(?<d>\\d)\\k<d>", "u"), undefined);
    const backreference = /(?<=\p{L})(\d)-\1/u;
    assert.equal(withQuickScan(backreference), backreference);
  });

  test("only lookbehinds that test Unicode properties count as costly", () => {
    assert.equal(hasCostlyLookbehind("(?<![\\d.])\\d+"), false);
    assert.equal(hasCostlyLookbehind("\\p{L}+(?<=x)"), false);
    assert.equal(hasCostlyLookbehind("(?:(?<![\\d])\\d|(?<=^|[^\\p{L}])x)"), true);
    const plain = /(?<![\d.])\d+/g;
    assert.equal(withQuickScan(plain), plain);
    assert.equal(withQuickScan(/(?<=^|[^\p{L}])(ab)/u).source, "(?=(?:ab))(?<=^|[^\\p{L}])(ab)");
  });
});
