import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { pageTypes, pathOf, readExport, startSession, texts, type Session, type Tab } from "./support.ts";

const data = readExport();
const FEED_TYPES = ["application/atom+xml", "application/rss+xml", "application/feed+json", "text/calendar"];
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("permalinks", () => {
  let session: Session;
  let tab: Tab;
  before(async () => {
    session = await startSession();
    tab = await session.tab();
  });
  after(() => session.close());

  test("every event's url loads with its headline as the <h1> and itself as canonical", async () => {
    for (const event of data.events) {
      assert.ok(event.url.startsWith(data.home), `${event.url} is not under ${data.home}`);
      assert.equal(await tab.open(pathOf(event.url)), 200, event.url);
      assert.deepEqual(await texts(tab.page, "h1"), [squash(event.headline)], event.url);
      assert.equal(await tab.page.getAttribute("link[rel=canonical]", "href"), event.url);
    }
  });

  test("every source page loads with its title as the <h1>", async () => {
    assert.ok(data.sources.length > 0, "events.json lists no sources");
    for (const source of data.sources) {
      assert.equal(await tab.open(pathOf(source.url)), 200, source.url);
      assert.deepEqual(await texts(tab.page, "h1"), [squash(source.title)], source.url);
    }
  });

  test("an unknown path gives the 404 page, styled", async () => {
    const style = () => getComputedStyle(document.body).fontFamily + " " + getComputedStyle(document.documentElement).backgroundColor;
    await tab.open("/");
    const siteStyle = await tab.page.evaluate(style);
    for (const path of ["/no-such-page/", "/events/no-such-event/"]) {
      assert.equal(await tab.open(path), 404, path);
      assert.deepEqual(await texts(tab.page, "h1"), ["Page not found"], path);
      assert.equal(await tab.page.evaluate(style), siteStyle, `${path}: the 404 page's stylesheet did not apply`);
    }
  });

  test("every page type links the Atom, RSS and JSON feeds and the calendar, and they resolve", async () => {
    for (const { name, path } of pageTypes(data).filter((p) => !p.embed)) {
      await tab.open(path);
      const links = (
        await tab.page.$$eval("head link[rel=alternate][type]", (ls) => ls.map((l) => ({ type: l.getAttribute("type") ?? "", href: (l as HTMLLinkElement).href })))
      ).filter((l) => l.type !== "application/json+oembed");
      // The whole timeline's four, and before them a country's, tag's, group's or source's own four.
      assert.deepEqual(links.slice(-4).map((l) => l.type), FEED_TYPES, `${name} ${path}: feed links`);
      assert.ok(links.length === 4 || (links.length === 8 && links.slice(0, 4).every((l, i) => l.type === FEED_TYPES[i])), `${name} ${path}: ${links.length} feed links`);
      assert.equal(new URL(links.at(-4)!.href).pathname, "/feed.xml", `${name} ${path}: the whole timeline's Atom feed comes last`);
      for (const { href, type } of links) {
        assert.ok(href.startsWith(SITE_ORIGIN + "/"), `${name}: ${type} link ${href} leaves the site`);
        const { status, size } = await tab.page.evaluate(async (url) => {
          const response = await fetch(url);
          return { status: response.status, size: (await response.text()).length };
        }, href);
        assert.equal(status, 200, `${name} ${path}: ${type} ${href}`);
        assert.ok(size > 0, `${name} ${path}: ${type} ${href} is empty`);
      }
    }
  });
});
