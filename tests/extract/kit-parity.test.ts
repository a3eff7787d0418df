/**
 * Parity across the locales built on the day-first kit (src/languages/kit/): each has the same
 * kinds of parser (dateline, page date, numeric date, day-month, day alone, parts of months,
 * months, years, weekdays, days ago, relative phrases) and the same refiner data, so a kind added
 * to one and forgotten in another fails here, after zod's locale parity test. A new locale
 * whose index.ts uses the kit is checked as soon as its folder exists.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadLocales } from "../../src/extract/index.ts";
import { ROOT } from "../support/fixture.ts";

const locales = (await loadLocales()).filter((l) => readFileSync(join(ROOT, "src/languages", l.tag, "index.ts"), "utf8").includes("../kit/"));
const kinds = (tag: string) => locales.find((l) => l.tag === tag)!.parsers.map((p) => p.id.slice(tag.length + 1)).sort();

test("Spanish, French and Russian are built on the kit", () => {
  for (const tag of ["es", "fr", "ru"]) assert.ok(locales.some((l) => l.tag === tag), `${tag} does not use src/languages/kit/`);
});

test("every kit locale has the same kinds of parser as the first", () => {
  const [reference, ...others] = locales;
  for (const locale of others) {
    assert.deepEqual(kinds(locale.tag), kinds(reference!.tag), `${locale.tag}'s parsers differ from ${reference!.tag}'s`);
  }
});

test("every kit locale gives the refiners the same data", () => {
  for (const locale of locales) {
    const { data } = locale;
    for (const key of ["rangeOpener", "asOfBefore", "futureBefore"] as const) assert.ok(data[key] instanceof RegExp, `${locale.tag}: data.${key} is missing`);
    assert.ok(data.nonDates.length >= 8, `${locale.tag}: only ${data.nonDates.length} non-date patterns`);
  }
});
