/**
 * Issue 10, defect 1: a source's original URL is published on its page, under each
 * citation, in print notes, in feeds and in /events.json; never replaced by the
 * site's own address for the source. An imported TimelineJS timeline is named as one.
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { buildSite } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { parseFeed } from "../support/feeds.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const ORIGINAL = "https://www.xinhuanet.com/world/2020-03/29/c_1125783474.htm";
const ROWS = "Year,Month,Day,Headline\n2020,3,29,Chinese medical team arrives in Vientiane\n";
const QUOTE = "Chinese medical team arrives in Vientiane";
const START = ROWS.indexOf(QUOTE); // ASCII: code points = UTF-16 units
const event = validEvent();
const imported = validEvent({
  id: "2020-03-29-from-the-old-timeline",
  headline: "From the old timeline",
  citations: [{ source: "old-timeline", quote: QUOTE, lang: "en", start: START, end: START + QUOTE.length }],
});

function fixture() {
  const f = makeFixture([event, imported]);
  const sources = JSON.parse(readFileSync(join(f.dir, "sources.json"), "utf8"));
  sources.sources[0].url = ORIGINAL;
  sources.sources.push({ id: "old-timeline", kind: "timeline", file: "old-timeline.txt", title: "Our 2020 TimelineJS timeline", lang: "en", published: { basis: "unknown" } });
  f.write("sources.json", JSON.stringify(sources, null, 2));
  f.write("documents/old-timeline.txt", ROWS);
  return f;
}

describe("the original URL of a source", () => {
  let site = "";
  before(() => (site = buildSite({ data: fixture().dir })));
  after(() => rmSync(site, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(site, path), "utf8");
  const originalLink = new RegExp(`<a href="${ORIGINAL.replace(/[.?]/g, "\\$&")}"[^>]*>`);

  test("is the source view's record, not shadowed by the page's address", async () => {
    const result = await loadDataset({ root: site, data: fixture().dir });
    assert.ok(result.ok);
    const [en] = buildTimelines(result.dataset);
    const doc = en!.sources.find((s) => s.source.id === "doc")!;
    assert.equal(doc.source.url, ORIGINAL);
    assert.equal(doc.url, "/sources/doc/");
  });

  test("is the source page's Original link, in every language", () => {
    assert.match(read("sources/doc/index.html"), new RegExp(`<dt>Original</dt><dd>${originalLink.source}${ORIGINAL.replace(/[.?]/g, "\\$&")}</a>`));
    for (const prefix of ["zh", "ar", "th"]) assert.match(read(`${prefix}/sources/doc/index.html`), originalLink, prefix);
    assert.ok(!read("sources/doc/index.html").includes('rel="nofollow">/sources/'), "the Original link points at the source page itself");
  });

  test("is linked under each citation on the event page and the timeline", () => {
    assert.match(read(`events/${event.id}/index.html`), new RegExp(`${originalLink.source}original at <bdi>www\\.xinhuanet\\.com</bdi></a></figcaption>`));
    assert.match(read("index.html"), originalLink);
    assert.match(read(`zh/events/${event.id}/index.html`), new RegExp(`${originalLink.source}原文（<bdi>www\\.xinhuanet\\.com</bdi>）</a>`));
  });

  test("is printed in the notes", () => {
    assert.match(read("print/index.html"), new RegExp(`<li id="note-\\d+">.*${originalLink.source}${ORIGINAL.replace(/[.?]/g, "\\$&")}</a></li>`));
  });

  test("is in every feed", async () => {
    for (const file of ["feed.xml", "rss.xml"]) {
      const { items } = await parseFeed(read(file));
      const item = items.find((i) => i.link.endsWith(`/events/${event.id}/`))!;
      assert.match(item.description, originalLink, file);
    }
    const json = JSON.parse(read("feed.json")) as { items: { url: string; content_html: string }[] };
    assert.match(json.items.find((i) => i.url.endsWith(`/events/${event.id}/`))!.content_html, originalLink);
  });

  test("is exported as sourceUrl in /events.json, beside the source page's url", () => {
    const exported = readEventsExport<unknown, { id: string; url: string; sourceUrl: string | null; kind: string }>(site);
    const doc = exported.sources.find((s) => s.id === "doc")!;
    assert.equal(doc.sourceUrl, ORIGINAL);
    assert.equal(doc.url, "https://datelines.example.org/sources/doc/");
    assert.deepEqual(exported.sources.find((s) => s.id === "old-timeline"), { ...exported.sources.find((s) => s.id === "old-timeline"), kind: "timeline", sourceUrl: null });
  });

  test("of an imported timeline: the source page and every citation of it say what it is", () => {
    const page = read("sources/old-timeline/index.html");
    assert.match(page, /<dt>Kind<\/dt><dd>An earlier timeline, imported/);
    assert.ok(!page.includes("<dt>Original</dt>"), "no original link without a URL");
    assert.ok(read(`events/${imported.id}/index.html`).includes(`Our 2020 TimelineJS timeline</a> · English · characters ${START}–${START + QUOTE.length} · <span class="imported">imported timeline</span></figcaption>`));
    assert.match(read("index.html"), /Our 2020 TimelineJS timeline<\/a> · <span class="imported">imported timeline<\/span>/);
    assert.match(read("print/index.html"), /Our 2020 TimelineJS timeline<\/span> \(imported timeline\)/);
    for (const [prefix, mark] of [["zh", "导入的时间线"], ["ar", "خط زمني مستورد"], ["th", "ไทม์ไลน์ที่นำเข้า"]] as const) {
      assert.ok(read(`${prefix}/events/${imported.id}/index.html`).includes(`<span class="imported">${mark}</span>`), prefix);
    }
    assert.ok(!read(`events/${event.id}/index.html`).includes('class="imported"'), "a document is not marked as imported");
  });
});
