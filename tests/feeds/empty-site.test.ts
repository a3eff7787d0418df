/** A site with nothing published yet dates its feeds from the data, never 1 January 1970. */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Event, Source } from "../../src/schema/index.ts";
import { lastUpdated } from "../../src/site/last-updated.ts";
import { buildSite } from "../support/build.ts";
import { atomSchemaErrors, parseFeed } from "../support/feeds.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const EDITED = "2026-12-01T10:30:00Z";

describe("a site whose only event is a draft", () => {
  let site = "";
  before(() => {
    const fixture = makeFixture([validEvent({ status: "draft", updated: EDITED })]);
    const settings = JSON.parse(readFileSync(join(fixture.dir, "site.json"), "utf8"));
    fixture.write("site.json", JSON.stringify({ ...settings, languages: undefined })); // one language builds faster
    site = buildSite({ data: fixture.dir });
  });
  after(() => rmSync(site, { recursive: true, force: true }));
  const read = (file: string) => readFileSync(join(site, file), "utf8");

  test("has feeds without entries, updated when the data was last edited", async () => {
    const atom = read("feed.xml");
    assert.deepEqual(await atomSchemaErrors(atom), []);
    assert.match(atom, /<updated>2026-12-01T10:30:00Z<\/updated>/);
    assert.equal((await parseFeed(atom)).items.length, 0);
    assert.match(read("rss.xml"), /<lastBuildDate>Tue, 01 Dec 2026 10:30:00 \+0000<\/lastBuildDate>/);
    for (const file of ["feed.xml", "rss.xml", "index.html", "print/index.html"]) {
      assert.ok(!/1970|Jan 1970|1 January 1970/.test(read(file)), `${file} shows the epoch`);
    }
    assert.match(read("index.html"), /<time datetime="2026-12-01T10:30:00Z">1 December 2026<\/time>/);
  });
});

test("with no events, the site is as recent as its newest source; with no dates at all, the build day", () => {
  const source = (date?: string) => ({ published: { basis: date ? "dateline" : "unknown", ...(date ? { date } : {}) } }) as Source;
  assert.equal(lastUpdated([], [], [source("2020-03"), source("2020-03-29"), source()]), "2020-03-29T00:00:00Z");
  assert.equal(lastUpdated([], [], [source("2019")]), "2019-01-01T00:00:00Z");
  assert.equal(lastUpdated([], [], [source()], new Date("2027-02-03T04:05:06Z")), "2027-02-03T00:00:00Z");
  const draft = { updated: "2026-12-01T10:30:00Z" } as Event;
  const published = { updated: "2026-11-23T09:00:00Z" } as Event;
  assert.equal(lastUpdated([published], [published, draft], []), published.updated, "published events decide when there are any");
});
