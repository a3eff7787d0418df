/** The schema accepts what the event model can say and rejects what it cannot. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CountryCode, EventDate, EventsFile, LangTag, PartialDate } from "../../src/schema/index.ts";
import { jsonSchemas, GENERATED_DIR } from "../../src/schema/write-json-schemas.ts";
import { ROOT, validEvent } from "../support/fixture.ts";

test("partial dates: real calendar dates only", () => {
  for (const ok of ["2020", "2020-02", "2020-02-29", "2024-12-31"]) assert.ok(PartialDate.safeParse(ok).success, ok);
  for (const bad of ["2020-02-30", "2019-02-29", "2020-13", "2020-00", "20-1-1", "2020/03/01", "2020-3-1", ""]) {
    assert.equal(PartialDate.safeParse(bad).success, false, bad);
  }
});

test("event dates: precision, ranges and qualifiers must agree", () => {
  const ok: object[] = [
    { start: "2020-03-27", end: "2020-03-28", precision: "day" },
    { start: "2020-02", precision: "month", qualifier: "late" },
    { start: "2020-03-29", precision: "day", qualifier: "before" },
    { start: "2020-03-25", precision: "day", qualifier: "as-of" },
    { start: "2020", precision: "year", qualifier: "approximate" },
  ];
  const bad: object[] = [
    { start: "2020-03-28", end: "2020-03-27", precision: "day" },
    { start: "2020-03-28", end: "2020-03-28", precision: "day" },
    { start: "2020-03-27", end: "2020-04", precision: "day" },
    { start: "2020-03-27", precision: "month" },
    { start: "2020-03-27", precision: "day", qualifier: "late" },
    { start: "2020-03-27", end: "2020-03-29", precision: "day", qualifier: "before" },
    { start: "2020-03", precision: "month", qualifier: "sometime" },
    { start: "2020-03", precision: "month", when: "spring" },
  ];
  for (const d of ok) assert.ok(EventDate.safeParse(d).success, JSON.stringify(d));
  for (const d of bad) assert.equal(EventDate.safeParse(d).success, false, JSON.stringify(d));
});

test("country codes are ISO 3166-1 alpha-2, language tags are BCP 47", () => {
  for (const code of ["LA", "CN", "RS", "HK"]) assert.ok(CountryCode.safeParse(code).success, code);
  for (const code of ["la", "XX", "ZZ", "EU", "LAO", "lo"]) assert.equal(CountryCode.safeParse(code).success, false, code);
  for (const tag of ["en", "zh-Hans", "ar", "th", "zh-Hant-TW"]) assert.ok(LangTag.safeParse(tag).success, tag);
  for (const tag of ["zh_hans", "en_US", "e", "EN", "", "xx", "qq-Latn"]) assert.equal(LangTag.safeParse(tag).success, false, tag);
  for (const tag of ["ho", "tet", "tpi", "yue"]) assert.ok(LangTag.safeParse(tag).success, `${tag}: a rare language is still a language`);
});

test("an event needs a citation, and corrections must be reflected in `updated`", () => {
  assert.ok(EventsFile.safeParse({ events: [validEvent()] }).success);
  assert.equal(EventsFile.safeParse({ events: [validEvent({ citations: [] })] }).success, false);
  const corrected = validEvent({ corrections: [{ date: "2026-11-24", note: "Fixed the date." }] });
  assert.equal(EventsFile.safeParse({ events: [corrected] }).success, false);
  assert.ok(EventsFile.safeParse({ events: [{ ...corrected, updated: "2026-11-24T10:00:00Z" }] }).success);
});

test("text fields reject characters that break XML feeds or bidi layout", () => {
  for (const bad of ["a\u0000b", "a\u000Bb", "\u202Eevil", "\u2066x\u2069", "\uFFFF"]) {
    assert.equal(EventsFile.safeParse({ events: [validEvent({ headline: bad })] }).success, false, JSON.stringify(bad));
  }
  assert.ok(EventsFile.safeParse({ events: [validEvent({ headline: "Line\u200Fmark <script>alert(1)</script>" })] }).success);
});

test("the committed JSON Schemas are up to date (run `npm run schema`)", () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const committed = readFileSync(join(ROOT, GENERATED_DIR, name), "utf8");
    assert.equal(committed, `${JSON.stringify(schema, null, 2)}\n`, `${name} is stale: run npm run schema`);
  }
});

test("site.json: a language without a pack is refused, naming the packs there are and the fix", async () => {
  const { SiteConfig } = await import("../../src/schema/site.ts");
  const site = JSON.parse(readFileSync(join(ROOT, "_data/site.json"), "utf8")) as { languages: { lang: string; prefix: string }[] };
  assert.ok(SiteConfig.safeParse(site).success);
  const withGerman = { ...site, languages: [...site.languages, { lang: "de", prefix: "/de" }] };
  const result = SiteConfig.safeParse(withGerman);
  assert.equal(result.success, false);
  const issue = result.error!.issues.find((i) => i.path.join(".") === `languages.${site.languages.length}.lang`);
  assert.ok(issue, JSON.stringify(result.error!.issues));
  assert.match(issue.message, /no language pack for "de".*\ben\b.*src\/languages\/de\//);
});
