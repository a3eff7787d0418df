/**
 * Summaries written in inline Markdown (as TimelineJS imports produce them) are
 * links and emphasis in every HTML context, plain text wherever text is expected,
 * and never a way to smuggle script, images or other markup into a page or feed.
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSite } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { atomSchemaErrors, parseFeed } from "../support/feeds.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";
import { readSearchWords } from "../support/search-files.ts";

const SUMMARY =
  'Reported by [Xinhua](https://www.xinhuanet.com/a?b=1&c=2 "Xinhua report") with *emphasis* and **strong** words. ' +
  '[bad](javascript:window.pwned=1) ![pixel](https://tracker.example/p.png) <b onclick="x">raw</b> [rel](/relative) &amp; it\'s "fine".';
const PLAIN = 'Reported by Xinhua with emphasis and strong words. [bad](javascript:window.pwned=1) !pixel <b onclick="x">raw</b> [rel](/relative) &amp; it\'s "fine".';
const LINK = '<a href="https://www.xinhuanet.com/a?b=1&amp;c=2" title="Xinhua report">Xinhua</a>';
const plainEvent = validEvent();
const markdown = validEvent({
  id: "2020-03-29-markdown",
  summary: SUMMARY,
  // The citation also names the words the report used for the date (as promote does for "yesterday").
  citations: (plainEvent.citations as Record<string, unknown>[]).map((c) => ({ ...c, dateAs: "3月29日" })),
  translations: { "zh-Hans": { headline: "专家组抵达万象", summary: "据[新华社](https://www.xinhuanet.com/)**报道**。" } },
});

describe("a summary in inline Markdown", () => {
  let site = "";
  before(() => (site = buildSite({ data: makeFixture([markdown]).dir })));
  after(() => rmSync(site, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(site, path), "utf8");

  test("is links and emphasis on the timeline, archive, event page and print page", () => {
    for (const page of ["index.html", "2020/03/index.html", "events/2020-03-29-markdown/index.html", "print/index.html"]) {
      const html = read(page);
      assert.ok(html.includes(LINK), `${page} lacks the link`);
      assert.ok(html.includes("<em>emphasis</em> and <strong>strong</strong>"), `${page} lacks the emphasis`);
      assert.ok(!/href="(javascript:|\/relative)/i.test(html), `${page} links where it must not`);
      assert.ok(!html.includes("<img") && !html.includes("<b "), `${page} has markup from the summary`);
      assert.ok(html.includes("&lt;b onclick=&quot;x&quot;&gt;raw&lt;/b&gt;"), `${page} lost the literal text`);
      assert.ok(html.includes("&amp;amp; it&#39;s &quot;fine&quot;."), `${page}: an entity in the data is text, not markup`);
    }
    assert.ok(read("zh/events/2020-03-29-markdown/index.html").includes('据<a href="https://www.xinhuanet.com/">新华社</a><strong>报道</strong>。'));
  });

  test("a citation's own words for the date are shown with the report's date", () => {
    // The words and the date are isolated from the sentence around them (<bdi>).
    const text = (path: string) => read(path).replace(/<\/?bdi[^>]*>/g, "");
    assert.ok(text("events/2020-03-29-markdown/index.html").includes("reported as “3月29日” in a report of 29 March 2020"), "the event page does not say how the date was reported");
    assert.ok(text("zh/events/2020-03-29-markdown/index.html").includes("报道原文为“3月29日”，报道日期2020年3月29日"));
  });

  test("is plain text in the meta description and the search index", () => {
    const html = read("events/2020-03-29-markdown/index.html");
    const description = /<meta name="description" content="([^"]*)">/.exec(html)![1]!;
    assert.ok(description.startsWith("29 March 2020: Reported by Xinhua with emphasis and strong words."), description);
    assert.ok(!description.includes("*") && !description.includes("](https"), description);
    const words = readSearchWords(site);
    for (const word of ["xinhua", "emphasis", "strong"]) assert.ok(words[word], `search cannot find "${word}"`);
    assert.ok(!Object.keys(words).some((w) => w.includes("xinhuanet")), "the link's address was indexed as text");
  });

  test("is HTML in feed content and plain text in feed summaries, and the feeds stay valid", async () => {
    const atom = read("feed.xml");
    assert.deepEqual(await atomSchemaErrors(atom), []);
    const [entry] = (await parseFeed(atom)).items;
    assert.ok(entry!.description.includes(LINK), "Atom content lacks the link");
    assert.ok(!/href="javascript:/i.test(entry!.description));
    assert.ok(atom.includes(`<summary>${PLAIN.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;")}</summary>`), "Atom summary is not the plain text");
    const [item] = (await parseFeed(read("rss.xml"))).items;
    assert.ok(item!.description.includes(LINK), "RSS description lacks the link");
    const json = JSON.parse(read("feed.json")) as { items: { summary: string; content_html: string }[] };
    assert.equal(json.items[0]!.summary, PLAIN);
    assert.ok(json.items[0]!.content_html.includes(LINK));
  });

  test("is plain text in /events.json, with the Markdown beside it", () => {
    const [event] = readEventsExport<{ summary: string; summaryMarkdown: string }>(site).events;
    assert.equal(event!.summary, PLAIN);
    assert.equal(event!.summaryMarkdown, SUMMARY);
  });

  test("is HTML in /timelinejs.json and /events.csv", () => {
    const tl = JSON.parse(read("timelinejs.json")) as { events: { text: { text: string } }[] };
    assert.ok(tl.events[0]!.text.text.startsWith(`<p>Reported by ${LINK} with <em>emphasis</em>`), tl.events[0]!.text.text);
    assert.ok(!/href="javascript:/i.test(tl.events[0]!.text.text));
    assert.ok(read("events.csv").includes('<a href=""https://www.xinhuanet.com/a?b=1&amp;c=2"" title=""Xinhua report"">Xinhua</a>'));
  });
});
