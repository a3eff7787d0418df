/**
 * Eras and groups as readers meet them: an era is marked where it begins in the list, at the
 * top of an archive page it goes on into, on event pages and in print, and shaded on the
 * chart; a group has its own page, an index, a filter option and a line on its events' pages.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { Era } from "../../src/schema/index.ts";
import { eraViews, inEra, placeInEras } from "../../src/site/eras.ts";
import type { EventView } from "../../src/site/views.ts";
import { buildSite, SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

type Labelled = { id: string; label: Record<string, string> };
const groups = (JSON.parse(readFileSync(join(ROOT, "_data/groups.json"), "utf8")) as { groups: Labelled[] }).groups;
const eras = (JSON.parse(readFileSync(join(ROOT, "_data/eras.json"), "utf8")) as { eras: (Labelled & { start: string; end: string })[] }).eras;
const exported = readEventsExport<{ id: string; group?: string; date: { start: string } }>(SITE);
const page = (path: string) => parseHTML(readFileSync(join(SITE, path, path.endsWith(".html") ? "" : "index.html"), "utf8")).document;
const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
const LANGUAGES = [["", "en"], ["zh/", "zh-Hans"], ["ar/", "ar"], ["th/", "th"]] as const;

test("the sample has eras and groups, and every published event is in a group", () => {
  assert.ok(eras.length >= 2 && groups.length >= 2);
  for (const e of exported.events) assert.ok(groups.some((g) => g.id === e.group), `${e.id} has no known group`);
});

test("each era is marked once in the front page's list, before its first event, in every language", () => {
  for (const [prefix, lang] of LANGUAGES) {
    const marks = Array.from(page(prefix).querySelectorAll("li.event .era-mark"));
    assert.equal(marks.length, eras.length, `${prefix || "/"}: one mark per era`);
    for (const [i, era] of eras.entries()) {
      const mark = marks[i]!;
      assert.equal(text(mark.querySelector(".era-label")), era.label[lang]);
      const first = exported.events.find((e) => e.date.start.slice(0, 10) >= era.start)!;
      assert.equal(mark.closest("li.event")!.id, first.id, `${era.id} is marked at its first event`);
    }
  }
});

test("an archive page starts by saying which era goes on; print marks eras too", () => {
  const february = page("2020/02");
  const firstMark = february.querySelector("li.event .era-mark")!;
  assert.equal(firstMark.closest("li.event"), february.querySelector("li.event"), "the page's first event carries the mark");
  assert.match(text(firstMark), /continued/);
  assert.equal(text(firstMark.querySelector(".era-label")), eras[0]!.label.en);
  const march = page("2020/03").querySelector("li.event .era-mark")!;
  assert.doesNotMatch(text(march), /continued/, "the era begins on this page");
  const print = Array.from(page("print").querySelectorAll(".entry .era-label")).map(text);
  assert.deepEqual(print, eras.map((e) => e.label.en));
  assert.equal(page("ar/print").querySelectorAll(".entry .era-mark").length, eras.length);
});

test("the chart shades each era behind the bars, mirrored in Arabic", () => {
  const band = (prefix: string) => Array.from(page(prefix).querySelectorAll("svg.density rect.era")).map((r) => Number(r.getAttribute("x")));
  const [en, ar] = [band(""), band("ar/")];
  assert.equal(en.length, eras.length);
  assert.ok(en[0]! < en[1]!, "later eras to the right");
  assert.ok(ar[0]! > ar[1]!, "later eras to the left in Arabic");
  assert.equal(page("").querySelector("svg.density g")!.getAttribute("aria-hidden"), "true");
});

test("group pages, the groups index and event pages name groups in the page's language", () => {
  for (const [prefix, lang] of LANGUAGES) {
    const index = Array.from(page(`${prefix}groups`).querySelectorAll(".facet-list a")).map(text);
    assert.deepEqual(index, groups.map((g) => g.label[lang]), "in groups.json's order");
    for (const g of groups) {
      const listed = Array.from(page(`${prefix}groups/${g.id}`).querySelectorAll(".event-index a")).map((a) => a.getAttribute("href")!.split("/").at(-2));
      assert.deepEqual(listed, exported.events.filter((e) => e.group === g.id).map((e) => e.id), `${prefix}groups/${g.id}/`);
    }
    const nav = Array.from(page(prefix).querySelectorAll(".masthead nav a")).map((a) => a.getAttribute("href"));
    assert.ok(nav.includes(`/${prefix}groups/`), "the masthead links to the groups");
    const event = exported.events[0]!;
    const facts = page(`${prefix}events/${event.id}`).querySelector(`.facts a[href="/${prefix}groups/${event.group}/"]`);
    assert.equal(text(facts), groups.find((g) => g.id === event.group)!.label[lang]);
  }
});

test("the in-page filter offers each group, and each list item says its group", () => {
  const home = page("");
  const options = Array.from(home.querySelectorAll(".filter select[name=group] option")).map((o) => o.getAttribute("value"));
  assert.deepEqual(options, ["", ...groups.map((g) => g.id)]);
  for (const e of exported.events) assert.equal(home.getElementById(e.id)!.getAttribute("data-group"), e.group);
});

test("an event is in an era when its first possible day is inside it, ends included", () => {
  const [era] = eraViews([Era.parse({ id: "march", label: { en: "March" }, start: "2020-03", end: "2020-03-31" })], "en", "en");
  assert.equal(era!.dates, "March 2020 – 31 March 2020");
  assert.ok(inEra(era!, "2020-03-01") && inEra(era!, "2020-03-31") && inEra(era!, "2020-03"));
  assert.ok(!inEra(era!, "2020-02-29") && !inEra(era!, "2020-04-01") && !inEra(era!, "2020"));
  const entries = ["2020-02-28", "2020-03-02", "2020-03-09", "2020-04-01", "2020-03-05"].map((start) => ({ event: { date: { start } } }) as unknown as EventView);
  placeInEras(entries, [era!]);
  assert.deepEqual(entries.map((e) => e.eraStarts.length), [0, 1, 0, 0, 1], "an era begins again after a gap in the list");
});

test("without eras or groups, nothing of them is shown and no groups page is built", () => {
  const data = tempFolder("no-groups");
  cpSync(join(ROOT, "_data"), data, { recursive: true });
  rmSync(join(data, "eras.json"));
  rmSync(join(data, "groups.json"));
  for (const file of readdirSync(join(data, "events"))) {
    const path = join(data, "events", file);
    const list = JSON.parse(readFileSync(path, "utf8")) as { events: { group?: string }[] };
    for (const e of list.events) delete e.group;
    writeFileSync(path, JSON.stringify(list, null, 2));
  }
  const site = buildSite({ data });
  const home = readFileSync(join(site, "index.html"), "utf8");
  assert.ok(!home.includes("era-mark") && !home.includes('name="group"') && !home.includes("data-group") && !home.includes('class="era'));
  assert.ok(!existsSync(join(site, "groups")) && !existsSync(join(site, "ar/groups")));
  assert.ok(!home.includes("/groups/"), "no link to a groups page");
  rmSync(site, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});
