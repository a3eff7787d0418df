/** Where an event has no translation, its pages in other languages say so and show the original. */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildSite } from "../support/build.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const translated = validEvent({
  id: "2020-03-29-translated",
  translations: { "zh-Hans": { headline: "中国抗疫医疗专家组抵达万象", summary: "专家组抵达老挝首都。" } },
});
const untranslated = validEvent({ id: "2020-03-30-untranslated", headline: "Only in English", date: { start: "2020-03-30", precision: "day" } });
let site = "";
before(() => (site = buildSite({ data: makeFixture([translated, untranslated]).dir })));
after(() => rmSync(site, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(site, path), "utf8");

test("a translation replaces the headline and summary on that language's pages", () => {
  const html = read("zh/events/2020-03-29-translated/index.html");
  assert.match(html, /<h1>中国抗疫医疗专家组抵达万象<\/h1>/);
  assert.ok(!html.includes("untranslated-note"));
});

test("a missing translation is announced, and the original is shown with its own lang", () => {
  for (const [prefix, note] of [["zh", "尚无中文译文"], ["ar", "لا تتوفر ترجمة عربية"], ["th", "ยังไม่มีคำแปลภาษาไทย"]] as const) {
    const html = read(`${prefix}/events/2020-03-30-untranslated/index.html`);
    assert.ok(html.includes(note), `${prefix}: no notice`);
    assert.match(html, /<h1 lang="en" dir="ltr">Only in English<\/h1>/, prefix);
    assert.match(read(`${prefix}/index.html`), /Only in English<\/a> <small class="untranslated"/, `${prefix} timeline`);
  }
  assert.ok(!read("events/2020-03-30-untranslated/index.html").includes("untranslated-note"), "the English page needs no notice");
});
