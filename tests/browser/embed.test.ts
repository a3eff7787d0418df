/**
 * The embed (/embed/, /embed/events/<id>/), its loader (assets/embed.js) in a news article on
 * another origin, the embed code page (/embed/code/) and oEmbed discovery.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { axeViolations, newTab, PHONE, pathOf, readExport, startSession, type Session } from "./support.ts";

const data = readExport();
const SITE_URL = new URL(data.home).origin;
const SITE_TITLE = (data as unknown as { title: string }).title;
const NEWS = "http://news.test";
const EVIL = "http://evil.test";
const LATEST = 20;
const first = data.events[0]!;
const last = data.events.at(-1)!;

interface OEmbed {
  version: string;
  type: string;
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
}

/** A news article on another origin with the embed code pasted in (the site's address swapped for the test's). */
function article(snippet: string): string {
  const paragraph = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>";
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="max-width:40rem;margin:auto;font-family:serif">
<h1>A news article</h1>${paragraph.repeat(3)}
${snippet.replaceAll(SITE_URL, SITE_ORIGIN)}
${paragraph.repeat(2)}</body></html>`;
}

/** Serves the article at news.test and a page at evil.test that posts a height to its parent. */
async function hostOrigins(context: BrowserContext, html: string): Promise<void> {
  await context.route(`${NEWS}/**`, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await context.route(`${EVIL}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><title>x</title><script>function send(){parent.postMessage({datelines:"height",height:77},"*")}send()</script>`,
    }),
  );
}

async function oembedOf(page: Page): Promise<{ href: string; json: OEmbed }> {
  const href = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', "href");
  assert.ok(href, `${page.url()} has no oEmbed discovery link`);
  const text = await page.evaluate((path) => fetch(path).then((r) => r.text()), pathOf(href));
  return { href, json: JSON.parse(text) as OEmbed };
}

const frameHeight = (page: Page) => page.$eval("iframe[data-datelines]", (f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe("embed", () => {
  let session: Session;
  before(async () => {
    session = await startSession();
  });
  after(() => session.close());

  test("oEmbed discovery: the front page and event pages link to JSON with the iframe", async () => {
    const tab = await session.tab();
    for (const [path, title, src] of [
      ["/", SITE_TITLE, `${SITE_URL}/embed/`],
      [pathOf(last.url), last.headline, `${SITE_URL}/embed/events/${last.id}/#${last.id}`],
      [`/ar${pathOf(first.url)}`, undefined, `${SITE_URL}/ar/embed/events/${first.id}/#${first.id}`],
    ] as const) {
      assert.equal(await tab.open(path), 200, path);
      const { href, json } = await oembedOf(tab.page);
      assert.ok(href.startsWith(SITE_URL) && href.endsWith(".json"), href);
      assert.equal(json.version, "1.0");
      assert.equal(json.type, "rich");
      if (title) assert.equal(json.title, title);
      assert.ok(json.title.length > 0);
      assert.match(json.html, /^<iframe [^>]*data-datelines[^>]*><\/iframe>\n<script src="[^"]+\/assets\/embed\.js" async><\/script>$/);
      assert.ok(json.html.includes(`src="${src}"`), `${path}: ${json.html}`);
      assert.ok(Number.isInteger(json.width) && json.width > 0 && Number.isInteger(json.height) && json.height > 0);
      assert.ok(json.provider_name.length > 0);
      assert.equal(new URL(json.provider_url).origin, SITE_URL);
    }
    for (const path of ["/sources/", "/embed/code/", "/embed/"]) {
      await tab.open(path);
      assert.equal(await tab.page.locator('link[type="application/json+oembed"]').count(), 0, `${path} should not offer oEmbed`);
    }
    await tab.page.context().close();
  });

  test("the loader sizes the iframe to its content in an article on another origin, and ignores other origins", async () => {
    const tab = await session.tab();
    await tab.open("/");
    const { json } = await oembedOf(tab.page);
    await hostOrigins(tab.page.context(), article(json.html));
    await tab.page.goto(`${NEWS}/article.html`);
    const frame = await (await tab.page.$("iframe[data-datelines]"))!.contentFrame();
    assert.ok(frame);
    await frame.waitForLoadState("load");
    await tab.page.waitForFunction(() => document.querySelector("iframe")!.style.height !== "");
    const content = await contentHeight(frame);
    assert.notEqual(content, json.height, "the content should differ from the default height for this test to mean anything");
    assert.ok(Math.abs((await frameHeight(tab.page)) - content) <= 1, `iframe ${await frameHeight(tab.page)} px, content ${content} px`);
    const sized = await frameHeight(tab.page);

    // The article itself (another origin, another window) posts a height: ignored.
    await tab.page.evaluate(() => window.postMessage({ datelines: "height", height: 123 }, "*"));
    // The iframe's own window, navigated to another origin, posts a height: ignored too.
    await frame.evaluate((evil) => (location.href = `${evil}/page.html`), EVIL);
    await frame.waitForURL(`${EVIL}/page.html`);
    await frame.evaluate(() => (window as unknown as { send(): void }).send());
    await tab.page.waitForTimeout(300);
    assert.equal(await frameHeight(tab.page), sized, "a message from a wrong origin changed the height");
    assert.deepEqual(tab.problems, []);
    await tab.page.context().close();
  });

  test("at phone width the iframe still matches its content", async () => {
    const tab = await session.tab({ viewport: PHONE });
    await tab.open("/ar/");
    const { json } = await oembedOf(tab.page);
    await hostOrigins(tab.page.context(), article(json.html));
    await tab.page.goto(`${NEWS}/article.html`);
    const frame = (await (await tab.page.$("iframe[data-datelines]"))!.contentFrame())!;
    await tab.page.waitForFunction(() => document.querySelector("iframe")!.style.height !== "");
    await tab.page.waitForTimeout(200);
    assert.equal(await frame.evaluate(() => document.documentElement.dir), "rtl");
    assert.ok(Math.abs((await frameHeight(tab.page)) - (await contentHeight(frame))) <= 1);
    assert.equal(await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, "the article scrolls sideways");
    await tab.page.context().close();
  });

  test("without JavaScript the embed is readable, opens at the newest events or at the chosen one, and links open the full site in a new tab", async () => {
    const tab = await session.tab({ javaScriptEnabled: false });
    assert.equal(await tab.open("/embed/"), 200);
    const ids = await tab.page.$$eval("li.event", (items) => items.map((li) => li.id));
    assert.deepEqual(ids, data.events.slice(-LATEST).map((e) => e.id), "the latest events, in date order");
    const inBox = (id: string) =>
      tab.page.evaluate((id) => {
        const box = document.querySelector(".embed-scroller")!.getBoundingClientRect();
        const item = document.getElementById(id)!.getBoundingClientRect();
        return item.top >= box.top - 1 && item.top < box.bottom;
      }, id);
    assert.equal(await inBox(last.id), true, "the newest event is not in view");
    assert.equal(await tab.page.getAttribute("base", "target"), "_blank");
    assert.equal(await tab.page.locator("a[target]").count(), 0, "a link overrides the base target");
    const hrefs = await tab.page.$$eval("a", (links) => links.map((a) => a.href));
    assert.ok(hrefs.length > LATEST && hrefs.every((h) => h.startsWith(SITE_ORIGIN) && (!h.includes("/embed/") || h.endsWith("/embed/code/"))), hrefs.join("\n"));

    assert.equal(await tab.open(`/embed/events/${first.id}/#${first.id}`), 200);
    assert.equal(await inBox(first.id), true, "the chosen event is not in view");
    assert.equal(await tab.page.locator(`[id="${first.id}"].chosen`).count(), 1);
    await tab.page.context().close();
  });

  test("with JavaScript, ?event= opens at an event (on its own embed page if it is not among the latest) and ?theme=dark darkens", async () => {
    const tab = await session.tab();
    await tab.open(`/embed/?event=${first.id}&theme=dark`);
    if (data.events.length > LATEST) assert.equal(pathOf(tab.page.url()), `/embed/events/${first.id}/`);
    assert.equal(await tab.page.locator(`[id="${first.id}"]`).count(), 1);
    assert.equal(await tab.page.getAttribute("html", "data-theme"), "dark");
    const background = await tab.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, "rgb(24, 23, 22)");
    const axe = await axeViolations(tab.page);
    assert.deepEqual(axe.ids, [], axe.report);
    assert.deepEqual(tab.problems, []);
    await tab.page.context().close();
  });

  for (const path of ["/embed/", "/ar/embed/", `/embed/events/${first.id}/`, "/embed/code/", "/th/embed/code/"]) {
    test(`${path} has no axe violations`, async () => {
      const tab = await session.tab();
      assert.equal(await tab.open(path), 200);
      const { ids, report } = await axeViolations(tab.page);
      assert.deepEqual(ids, [], `axe on ${path}:\n${report}`);
      await tab.page.context().close();
    });
  }

  test("the embed code page updates the code and the preview as options change", async () => {
    const context = await session.context();
    const tab = await newTab(context);
    await tab.open("/embed/code/");
    const code = () => tab.page.textContent("#embed-code");
    assert.match((await code())!, new RegExp(`src="${SITE_URL}/embed/"`));
    await tab.page.selectOption("#embed-start", { index: 1 });
    await tab.page.selectOption("#embed-theme", "dark");
    assert.ok((await code())!.includes(`src="${SITE_URL}/embed/events/${first.id}/?theme=dark#${first.id}"`), (await code()) ?? "");
    assert.equal(await tab.page.getAttribute("#embed-preview", "src"), `/embed/events/${first.id}/?theme=dark#${first.id}`);
    await tab.page.waitForFunction(() => (document.getElementById("embed-preview") as HTMLIFrameElement).style.height !== "");
    assert.deepEqual(tab.problems, []);
    await context.close();
  });

  test("no page of the embed asked anything of another origin", () => {
    assert.deepEqual(session.foreign(), []);
  });
});
