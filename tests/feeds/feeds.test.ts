/** Atom, RSS 2.0 and JSON Feed: valid for independent parsers and true to the data. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";
import { atomSchemaErrors, parseFeed, rssDateErrors } from "../support/feeds.ts";

const read = (file: string) => readFileSync(join(SITE, file), "utf8");
const exported = readEventsExport<{ url: string; headline: string; updated: string; citations: { quote: string }[] }>(SITE);
const site = JSON.parse(readFileSync(join(ROOT, "_data", "site.json"), "utf8")) as { url: string; feed: { entries: number } };
const expectedCount = Math.min(exported.events.length, site.feed.entries);
const byUrl = new Map(exported.events.map((e) => [e.url, e]));

describe("Atom", () => {
  const xml = read("feed.xml");
  test("is valid against RFC 4287's RELAX NG schema", async () => {
    assert.deepEqual(await atomSchemaErrors(xml), []);
  });
  test("parses strictly, one entry per event with a unique id and permalink", async () => {
    const { meta, items } = await parseFeed(xml);
    assert.equal(meta["#type"], "atom");
    assert.equal(items.length, expectedCount);
    assert.equal(new Set(items.map((i) => i.guid)).size, items.length, "duplicate entry ids");
    for (const item of items) {
      const event = byUrl.get(item.link);
      assert.ok(event, `entry links to ${item.link}, which is not an event`);
      assert.equal(item.guid, item.link);
      // feedparser strips markup from titles; compare the text.
      const text = (s: string) => s.replace(/<[^>]*>/g, "");
      assert.ok(text(item.title).endsWith(text(event.headline)), item.title);
      const body = decodeEntities(item.description);
      for (const c of event.citations) assert.ok(body.includes(c.quote), `quote missing from ${item.link}`);
    }
  });
  test("lists the most recently updated events first", async () => {
    const { items } = await parseFeed(xml);
    const times = items.map((i) => Date.parse(byUrl.get(i.link)!.updated));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });
});

describe("RSS 2.0", () => {
  const xml = read("rss.xml");
  test("parses strictly with namespaces bound, one item per event", async () => {
    const { meta, items } = await parseFeed(xml);
    assert.equal(meta["#type"], "rss");
    assert.equal(items.length, expectedCount);
    assert.equal(new Set(items.map((i) => i.guid)).size, items.length);
    for (const item of items) assert.ok(byUrl.has(item.link), item.link);
  });
  test("dates are RFC 822, not ISO 8601", () => {
    assert.deepEqual(rssDateErrors(xml), []);
    assert.ok(xml.includes("<pubDate>"));
  });
});

describe("JSON Feed", () => {
  const feed = JSON.parse(read("feed.json")) as Record<string, unknown> & { items: Record<string, unknown>[] };
  test("has the fields JSON Feed 1.1 requires", () => {
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
    assert.equal(typeof feed.title, "string");
    assert.equal(feed.feed_url, `${site.url}/feed.json`);
    assert.equal(feed.items.length, expectedCount);
    for (const item of feed.items) {
      assert.equal(typeof item.id, "string");
      assert.ok(byUrl.has(item.url as string));
      assert.equal(typeof item.content_html, "string");
      assert.ok(!Number.isNaN(Date.parse(item.date_modified as string)));
    }
  });
});

test("every page links all three feeds for discovery", () => {
  for (const page of ["index.html", "methodology/index.html", "sources/index.html", "print/index.html"]) {
    const html = read(page);
    for (const type of ["application/atom+xml", "application/rss+xml", "application/feed+json"]) {
      assert.match(html, new RegExp(`<link rel="alternate" type="${type.replace("+", "\\+")}" href="/`), `${page} lacks ${type}`);
    }
  }
});

function decodeEntities(html: string): string {
  const named: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };
  return html.replace(/&(#\d+|[a-z]+);/g, (m, e: string) => (e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (named[e] ?? m)));
}
