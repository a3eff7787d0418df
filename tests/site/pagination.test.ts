/**
 * Every listing stays bounded: past the page size, timelines, archives and facet pages split into pages;
 * past the file size, every download is cut by period or holds the latest events and says where the rest are.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { slicePrintPages } from "../../src/site/paging.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { buildSite } from "../support/build.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const PER_PAGE = 10;
const PER_FILE = 10;
const events = Array.from({ length: 25 }, (_, i) =>
  validEvent({ id: `2020-03-${String(i + 1).padStart(2, "0")}-event-${i}`, date: { start: `2020-03-${String(i + 1).padStart(2, "0")}`, precision: "day" } }),
);
let site = "";
before(() => {
  const fixture = makeFixture(events);
  const settings = JSON.parse(readFileSync(join(fixture.dir, "site.json"), "utf8"));
  settings.timeline.maxEventsPerPage = PER_PAGE;
  settings.timeline.maxEventsPerFile = PER_FILE;
  writeFileSync(join(fixture.dir, "site.json"), JSON.stringify(settings));
  site = buildSite({ data: fixture.dir });
});
after(() => rmSync(site, { recursive: true, force: true }));

const count = (path: string, pattern: RegExp) => (readFileSync(join(site, path), "utf8").match(pattern) ?? []).length;

test("past the page size the front page lists the latest events, in date order, with the month index and a way to the rest", () => {
  const home = readFileSync(join(site, "index.html"), "utf8");
  const listed = [...home.matchAll(/<li class="event" id="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, events.slice(-PER_PAGE).map((e) => e.id), "the latest page-size events, oldest of them first");
  assert.match(home, /the latest 10 of 25 events[^<]*<a href="\/2020\/03\/">March 2020<\/a>/, "says how many and where the first are");
  assert.match(home, /The latest 10 of this month’s 25 events\. <a href="\/2020\/03\/">All of March 2020<\/a>/, "a month cut short says so");
  assert.match(home, /<details open><summary>2020 \(25\)<\/summary><a href="\/2020\/">2020<\/a>: <a href="\/2020\/03\/">March 2020<\/a> \(25\)/, "the month index");
  assert.match(home, /"data":"\/axis.json"/, "the time axis takes every mark from axis.json, not from the list");
  assert.doesNotMatch(home, /class="filter"/, "no filter over a part of the timeline");
  assert.equal(count("ar/index.html", /<li class="event"/g), PER_PAGE);
});

test("month archives, country, tag and source pages are split into numbered pages", () => {
  for (const base of ["2020/03", "countries/la", "tags/medical-team", "sources/doc", "zh/countries/la"]) {
    const pages = [`${base}/index.html`, `${base}/2/index.html`, `${base}/3/index.html`];
    for (const page of pages) assert.ok(existsSync(join(site, page)), page);
    assert.ok(!existsSync(join(site, `${base}/4/index.html`)), `${base} has a 4th page`);
    const sizes = pages.map((p) => count(p, /<li class="event"|<li><time/g));
    assert.deepEqual(sizes, [10, 10, 5], base);
  }
});

test("the printable chronology becomes an index of the years' print views, and a long year an index of its months'", () => {
  assert.match(readFileSync(join(site, "print/index.html"), "utf8"), /<li><a href="\/2020\/print\/">/);
  const year = readFileSync(join(site, "2020/print/index.html"), "utf8");
  assert.deepEqual([...year.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]), ["/2020/03/print/"]);
  assert.ok(!existsSync(join(site, "print/2020/index.html")), "a year printed twice");
});

test("a long slice prints a long year a month at a time, a long month in numbered parts, none past the file size", () => {
  for (const base of ["countries/la", "tags/medical-team", "sources/doc", "2020/03", "ar/countries/la"]) {
    const index = readFileSync(join(site, base, "print/index.html"), "utf8");
    const parts = [...index.matchAll(/<li><a href="([^"]+\/print\/[^"]+)"/g)].map((m) => m[1]!);
    const prefix = base.startsWith("ar/") ? "/ar" : "";
    assert.deepEqual(parts, ["2020-03", "2020-03-2", "2020-03-3"].map((p) => `${prefix}/${base.replace(/^ar\//, "")}/print/${p}/`), base);
    const sizes = parts.map((p) => count(`${p.slice(1)}index.html`, /<li class="entry"/g));
    assert.deepEqual(sizes, [10, 10, 5], base);
  }
});

test("a long slice prints a year at a time when the year fits in a document; every event once, in date order", async () => {
  const spread = [
    ...Array.from({ length: 4 }, (_, i) => validEvent({ id: `2019-0${i + 1}-01-event`, date: { start: `2019-0${i + 1}-01`, precision: "day" } })),
    validEvent({ id: "2020-year", date: { start: "2020", precision: "year" } }),
    ...Array.from({ length: 5 }, (_, i) => validEvent({ id: `2020-01-0${i + 1}-event`, date: { start: `2020-01-0${i + 1}`, precision: "day" } })),
    validEvent({ id: "2020-02-01-event", date: { start: "2020-02-01", precision: "day" } }),
  ];
  const fixture = makeFixture(spread);
  const result = await loadDataset({ root: fixture.dir, data: fixture.dir });
  assert.ok(result.ok);
  const [timeline] = buildTimelines(result.dataset);
  const [index, ...documents] = slicePrintPages(timeline!, { name: "Laos", page: "/countries/la/" }, timeline!.events, 4);
  assert.deepEqual(index!.parts!.map((p) => [p.url, p.count]), [
    ["/countries/la/print/2019/", 4],
    ["/countries/la/print/2020/", 1], // dated only by the year
    ["/countries/la/print/2020-01/", 4],
    ["/countries/la/print/2020-01-2/", 1],
    ["/countries/la/print/2020-02/", 1],
  ]);
  assert.deepEqual(documents.map((d) => d.url), index!.parts!.map((p) => p.url));
  assert.deepEqual(documents.flatMap((d) => d.events.map((e) => e.event.id)), timeline!.events.map((e) => e.event.id));
  assert.equal(slicePrintPages(timeline!, { name: "Laos", page: "/countries/la/" }, timeline!.events, 11).length, 1, "one document when all fit");
});

test("past the file size, /events.json indexes a month's numbered parts, and the other downloads hold the latest events beside theirs", () => {
  const index = JSON.parse(readFileSync(join(site, "events.json"), "utf8")) as { parts: { url: string; count: number }[] };
  assert.deepEqual(index.parts.map((p) => [new URL(p.url).pathname, p.count]), [["/2020/03/events.json", 10], ["/2020/03/events-2.json", 10], ["/2020/03/events-3.json", 5]]);
  const ids = index.parts.flatMap((p) => (JSON.parse(readFileSync(join(site, new URL(p.url).pathname), "utf8")) as { events: { id: string }[] }).events.map((e) => e.id));
  assert.deepEqual(ids, events.map((e) => e.id));
  const latest = events.slice(-PER_FILE).map((e) => e.id);
  for (const prefix of ["", "zh/"]) {
    const tl = JSON.parse(readFileSync(join(site, `${prefix}timelinejs.json`), "utf8")) as { title: { text: { text: string } }; events: { unique_id: string }[] };
    assert.deepEqual(tl.events.map((e) => e.unique_id), latest, `${prefix}timelinejs.json`);
    assert.match(tl.title.text.text, new RegExp(`/${prefix}2020/03/timelinejs-3\\.json`));
    const parts = ["", "-2", "-3"].map((n) => JSON.parse(readFileSync(join(site, `${prefix}2020/03/timelinejs${n}.json`), "utf8")) as { events: unknown[] });
    assert.deepEqual(parts.map((p) => p.events.length), [10, 10, 5]);
    assert.equal(count(`${prefix}events.csv`, /\r\n2020,3,/g), PER_FILE, `${prefix}events.csv`);
    assert.equal(count(`${prefix}2020/03/events-2.csv`, /\r\n2020,3,/g), 10);
    assert.equal(count(`${prefix}events.ics`, /BEGIN:VEVENT/g), PER_FILE);
    assert.equal(count(`${prefix}2020/03/events-3.ics`, /BEGIN:VEVENT/g), 5);
    assert.equal(count(`${prefix}countries/la/events.ics`, /BEGIN:VEVENT/g), PER_FILE);
  }
  assert.ok(!existsSync(join(site, "zh/2020/03/events.json")), "/events.json is the main language's");
});

test("the time axis's marks are in files beside the periods' pages, every event once", () => {
  const index = JSON.parse(readFileSync(join(site, "axis.json"), "utf8")) as { pages: string[]; parts: string[] };
  assert.deepEqual(index.pages, ["/2020/03/", "/2020/03/2/", "/2020/03/3/"]);
  const marks = index.parts.flatMap((url) => JSON.parse(readFileSync(join(site, url), "utf8")) as [string, string, string, string, number][]);
  assert.deepEqual(marks.map((m) => m[3]), events.map((e) => e.id));
  assert.deepEqual(marks.map((m) => index.pages[m[4]]), events.map((_, i) => ["/2020/03/", "/2020/03/2/", "/2020/03/3/"][Math.floor(i / PER_PAGE)]));
});
