/** Every listing stays bounded: past the page size, timelines, archives and facet pages split into pages. */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildSite } from "../support/build.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const PER_PAGE = 10;
const events = Array.from({ length: 25 }, (_, i) =>
  validEvent({ id: `2020-03-${String(i + 1).padStart(2, "0")}-event-${i}`, date: { start: `2020-03-${String(i + 1).padStart(2, "0")}`, precision: "day" } }),
);
let site = "";
before(() => {
  const fixture = makeFixture(events);
  const settings = JSON.parse(readFileSync(join(fixture.dir, "site.json"), "utf8"));
  settings.timeline.maxEventsPerPage = PER_PAGE;
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

test("a long slice prints a month at a time, a long month in numbered parts, none past the page size", () => {
  for (const base of ["countries/la", "tags/medical-team", "sources/doc", "2020/03", "ar/countries/la"]) {
    const index = readFileSync(join(site, base, "print/index.html"), "utf8");
    const parts = [...index.matchAll(/<li><a href="([^"]+\/print\/[^"]+)"/g)].map((m) => m[1]!);
    const prefix = base.startsWith("ar/") ? "/ar" : "";
    assert.deepEqual(parts, ["2020-03", "2020-03-2", "2020-03-3"].map((p) => `${prefix}/${base.replace(/^ar\//, "")}/print/${p}/`), base);
    const sizes = parts.map((p) => count(`${p.slice(1)}index.html`, /<li class="entry"/g));
    assert.deepEqual(sizes, [10, 10, 5], base);
  }
});
