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

test("the front page lists months instead of events once the timeline outgrows a page", () => {
  assert.equal(count("index.html", /<li class="event"/g), 0);
  assert.ok(count("index.html", /href="\/2020\/03\/"/g) >= 1);
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
