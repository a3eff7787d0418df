/**
 * Tags and places in the page's language: labels from _data/tags.json and _data/places.json;
 * what has no label in that language is shown in the main language and marked so (`lang`).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { termsIn } from "../../src/site/terms.ts";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";

const tags = JSON.parse(readFileSync(join(ROOT, "_data/tags.json"), "utf8")) as { tags: { id: string; label: Record<string, string> }[] };
const places = JSON.parse(readFileSync(join(ROOT, "_data/places.json"), "utf8")) as { places: { name: string; label: Record<string, string> }[] };
const exported = readEventsExport<{ id: string; tags: string[]; places: string[] }>(SITE);
const page = (path: string) => parseHTML(readFileSync(join(SITE, path, "index.html"), "utf8")).document;
const texts = (nodes: ArrayLike<{ textContent: string | null }>) => Array.from(nodes).map((n) => (n.textContent ?? "").trim());

test("the Chinese event page names its tags and places in Chinese", () => {
  const document = page("zh/events/2020-03-29-chinese-medical-expert-team-arrives-in-laos");
  const facts = Array.from(document.querySelectorAll(".facts dt")) as unknown as { textContent: string; nextElementSibling: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; getAttribute(n: string): string | null }> } }[];
  const values = (label: string) => texts(facts.find((dt) => dt.textContent.trim() === label)!.nextElementSibling.querySelectorAll("a, span"));
  const event = exported.events.find((e) => e.id === "2020-03-29-chinese-medical-expert-team-arrives-in-laos")!;
  assert.deepEqual(values("标签"), event.tags.map((id) => tags.tags.find((t) => t.id === id)!.label["zh-Hans"]));
  assert.deepEqual(values("地点"), event.places.map((name) => places.places.find((p) => p.name === name)!.label["zh-Hans"]));
  assert.ok(values("标签").includes("医疗队") && values("地点").includes("万象"));
});

test("tag pages and the tags index use the labels in every language", () => {
  for (const [prefix, lang] of [["", "en"], ["zh/", "zh-Hans"], ["ar/", "ar"], ["th/", "th"]] as const) {
    const index = texts(page(`${prefix}tags`).querySelectorAll(".facet-list a"));
    for (const { label } of tags.tags) assert.ok(index.includes(label[lang]!), `${prefix}tags/ lacks ${label[lang]}`);
    assert.ok(texts(page(`${prefix}tags/medical-team`).querySelectorAll("h1"))[0]!.includes(tags.tags.find((t) => t.id === "medical-team")!.label[lang]!));
  }
});

test("a tag or place without a label in the page's language is shown as written, marked with its language", () => {
  const used = [{ tags: ["medical-team", "field-hospital"], places: ["Vientiane", "Luang Prabang"] }];
  const labels = { tags: [{ id: "medical-team", label: { en: "medical team", "zh-Hans": "医疗队" } }], places: [{ name: "Vientiane", label: { th: "เวียงจันทน์" } }] };
  const zh = termsIn(used, labels, "zh-Hans", "en");
  assert.deepEqual(zh.tags["medical-team"], { text: "医疗队", lang: "zh-Hans", dir: "ltr" });
  assert.deepEqual(zh.tags["field-hospital"], { text: "field hospital", lang: "en", dir: "ltr" });
  assert.deepEqual(zh.places.Vientiane, { text: "Vientiane", lang: "en", dir: "ltr" });
  const ar = termsIn(used, labels, "ar", "en");
  assert.deepEqual(ar.tags["medical-team"], { text: "medical team", lang: "en", dir: "ltr" });
  assert.deepEqual(termsIn(used, labels, "th", "en").places.Vientiane, { text: "เวียงจันทน์", lang: "th", dir: "ltr" });
});
