/**
 * Hostile text in the data cannot run script, break other events' layout or
 * invalidate a feed; hostile values the schema can refuse are refused.
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { buildSite } from "../support/build.ts";
import { atomSchemaErrors, parseFeed } from "../support/feeds.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const LONG = "W".repeat(150);
const hostile = validEvent({
  id: "2020-03-29-hostile",
  headline: `<script>window.pwned=1</script> ${LONG}`,
  summary: `<img src=x onerror="window.pwned=1"> ${"M".repeat(1500)} javascript:alert(1) ]]> & &amp; "quoted" 'single' \u200F [x](javascript:window.pwned=1) ![i](https://evil.example/i.png)`,
  tags: ["medical-team"],
  places: ["<b>Vientiane</b>"],
});
const neighbour = validEvent({ id: "2020-03-30-neighbour", headline: "An ordinary neighbour", date: { start: "2020-03-30", precision: "day" } });

describe("hostile text", () => {
  let site = "";
  before(() => {
    site = buildSite({ data: makeFixture([hostile, neighbour]).dir });
  });
  after(() => rmSync(site, { recursive: true, force: true }));

  test("is escaped in every page: no markup from data reaches the HTML", () => {
    for (const page of ["index.html", "events/2020-03-29-hostile/index.html", "print/index.html", "2020/03/index.html"]) {
      const html = readFileSync(join(site, page), "utf8");
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      const ours = ['<script src="/assets/filter.js" defer>', '<script src="/assets/axis.js" defer>', '<script type="application/json" id="time-axis-data">'];
      assert.ok(scripts.every((tag) => ours.includes(tag)), `${page} has a script from data: ${scripts}`);
      // The axis's data island is inert JSON: no "<" in it can close the element early.
      for (const [, island] of html.matchAll(/<script type="application\/json"[^>]*>([^]*?)<\/script>/g)) {
        assert.ok(!island!.includes("<"), `${page}: a "<" in the JSON island`);
        JSON.parse(island!);
      }
      assert.ok(!html.includes("<img"), `${page} contains an img element from data`);
      assert.ok(!/href="javascript:/i.test(html), `${page} links to javascript: from a Markdown summary`);
      assert.ok(html.includes("&lt;script&gt;window.pwned=1&lt;/script&gt;"), `${page} lost the headline text`);
    }
  });

  test("keeps every feed valid", async () => {
    const atom = readFileSync(join(site, "feed.xml"), "utf8");
    assert.deepEqual(await atomSchemaErrors(atom), []);
    for (const file of ["feed.xml", "rss.xml"]) {
      const { items } = await parseFeed(readFileSync(join(site, file), "utf8"));
      assert.equal(items.length, 2, file);
    }
    const json = JSON.parse(readFileSync(join(site, "feed.json"), "utf8"));
    assert.match(json.items.find((i: { url: string }) => i.url.endsWith("/2020-03-29-hostile/")).title, /<script>/);
  });

  test("cannot run script or widen the page at phone width", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const foreign = await serveBuiltSite(context, site);
      const page = await context.newPage();
      for (const path of ["/", "/events/2020-03-29-hostile/"]) {
        await page.goto(`${SITE_ORIGIN}${path}`);
        assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        assert.ok(scrollWidth <= clientWidth, `${path} is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }
      await page.goto(`${SITE_ORIGIN}/`);
      const box = await page.locator('[id="2020-03-30-neighbour"]').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 375, "the neighbouring event was pushed out of view");
      assert.deepEqual(foreign, []);
    } finally {
      await browser.close();
    }
  });
});

test("a javascript: URL, control characters and bidi overrides are refused at validation", async () => {
  const fixture = makeFixture([validEvent({ summary: "Ends here\u202E.sdrawkcab" }), { ...neighbour, headline: "Bell\u0007" }]);
  const sources = JSON.parse(readFileSync(join(fixture.dir, "sources.json"), "utf8"));
  sources.sources[0].url = "javascript:alert(1)";
  fixture.write("sources.json", JSON.stringify(sources, null, 2));
  const result = await loadDataset({ root: fixture.dir, data: fixture.dir });
  assert.equal(result.ok, false);
  const fields = result.ok ? [] : result.problems.map((p) => p.field);
  assert.deepEqual(fields.sort(), ["events[0].summary", "events[1].headline", "sources[0].url"]);
});
