import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext } from "playwright-core";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { pageTypes, pathOf, readExport, startSession, texts, visit, type Session } from "./support.ts";

const data = readExport();
const FEED_TYPES = ["application/atom+xml", "application/rss+xml", "application/feed+json"];

describe("permalinks", () => {
  let session: Session;
  let context: BrowserContext;
  before(async () => {
    session = await startSession();
    context = await session.context();
  });
  after(() => session.close());

  test("every event's url loads with its headline as the <h1> and itself as canonical", async () => {
    for (const event of data.events) {
      assert.ok(event.url.startsWith(data.home), `${event.url} is not under ${data.home}`);
      const { page, status } = await visit(context, pathOf(event.url));
      assert.equal(status, 200, event.url);
      assert.deepEqual(await texts(page, "h1"), [event.headline.replace(/\s+/g, " ").trim()], event.url);
      assert.equal(await page.getAttribute("link[rel=canonical]", "href"), event.url);
      await page.close();
    }
  });

  test("every source page loads with its title as the <h1>", async () => {
    assert.ok(data.sources.length > 0, "events.json lists no sources");
    for (const source of data.sources) {
      const { page, status } = await visit(context, pathOf(source.url));
      assert.equal(status, 200, source.url);
      assert.deepEqual(await texts(page, "h1"), [source.title.replace(/\s+/g, " ").trim()], source.url);
      await page.close();
    }
  });

  test("an unknown path gives the styled 404 page", async () => {
    const home = await visit(context, "/");
    const background = () => getComputedStyle(document.body).fontFamily + getComputedStyle(document.documentElement).backgroundColor;
    const homeStyle = await home.page.evaluate(background);
    for (const path of ["/no-such-page/", "/events/no-such-event/"]) {
      const { page, status } = await visit(context, path);
      assert.equal(status, 404, path);
      assert.deepEqual(await texts(page, "h1"), ["Page not found"], path);
      assert.equal(await page.evaluate(background), homeStyle, `${path}: the 404 page's stylesheet did not load`);
      await page.close();
    }
  });

  test("every page type links the Atom, RSS and JSON feeds, and they resolve", async () => {
    for (const { name, path } of pageTypes(data)) {
      const { page } = await visit(context, path);
      const links = await page.$$eval("head link[rel=alternate]", (ls) => ls.map((l) => ({ type: l.getAttribute("type"), href: (l as HTMLLinkElement).href })));
      assert.deepEqual(links.map((l) => l.type).sort(), [...FEED_TYPES].sort(), `${name} ${path}: feed links`);
      for (const { href, type } of links) {
        assert.ok(href.startsWith(SITE_ORIGIN + "/"), `${name}: ${type} feed link ${href} leaves the site`);
        const { status, size } = await page.evaluate(async (url) => {
          const response = await fetch(url);
          return { status: response.status, size: (await response.text()).length };
        }, href);
        assert.equal(status, 200, `${name} ${path}: ${type} feed ${href}`);
        assert.ok(size > 0, `${name} ${path}: ${type} feed ${href} is empty`);
      }
      await page.close();
    }
  });
});
