/**
 * Media in a real browser, on the offline media fixture (tests/support/media-fixture.ts): a
 * facade requests nothing from the video's host until it is pressed, and is a plain link
 * without JavaScript; the timeline's first headline stays where it is with a thumbnail, and
 * pictures take their space before they load; axe finds nothing on pages with media.
 * Requests to other origins are blocked and recorded by the built-site server, so nothing
 * leaves the machine.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { buildMediaSite, makeMediaFixture, YOUTUBE } from "../support/media-fixture.ts";
import { axeViolations, PHONE } from "./support.ts";

const EVENT = "/events/2020-03-29-expert-team-arrives-in-laos/";
let site = "";
let browser: Browser;

before(async () => {
  [{ site }, browser] = await Promise.all([Promise.resolve().then(() => buildMediaSite(makeMediaFixture())), launchChromium()]);
});
after(() => browser?.close());

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext(options);
  const foreign = await serveBuiltSite(context, site);
  const page = await context.newPage();
  await page.goto(SITE_ORIGIN + path, { waitUntil: "load" });
  return { page, foreign };
}

describe("click-to-load players", () => {
  test("nothing is requested from the player's host until the reader presses play; then the player loads in the page", async () => {
    const { page, foreign } = await open(EVENT);
    await page.waitForTimeout(200);
    assert.deepEqual(foreign, [], "no request left the site before the click");
    assert.equal(await page.locator("iframe").count(), 0);
    const requested = page.waitForRequest((r) => r.url().startsWith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"));
    await page.locator("a.facade").click();
    await requested;
    assert.equal(await page.locator("iframe.player").getAttribute("src"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    assert.equal(await page.locator("iframe.player").getAttribute("title"), "YouTube player: The team lands in Vientiane");
    assert.equal(page.url(), SITE_ORIGIN + EVENT, "the reader stays on the page");
    assert.deepEqual(foreign, ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
    await page.context().close();
  });

  test("without JavaScript the facade is a link to the video's page", async () => {
    const { page, foreign } = await open(EVENT, { javaScriptEnabled: false });
    assert.deepEqual(foreign, []);
    const leaving = page.waitForRequest((r) => r.url() === YOUTUBE);
    await page.locator("a.facade").click();
    await leaving;
    await page.context().close();
  });
});

describe("layout", () => {
  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    test(`at ${viewport.width} px the thumbnail never moves the first headline, and pictures keep their space before they load`, async () => {
      const context = await browser.newContext({ viewport });
      await serveBuiltSite(context, site);
      // Hold every picture until the layout has been measured without them.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route("**/media/**", async (route) => {
        await held;
        await route.fallback();
      });
      const page = await context.newPage();
      await page.goto(SITE_ORIGIN + "/", { waitUntil: "domcontentloaded" });
      const measure = () =>
        page.evaluate(() => {
          // No named functions in here: the test runner's transpiler would wrap them in a helper the page lacks.
          const item = document.querySelector("li.event")!;
          const [headline, date, second] = [item.querySelector(".event-headline")!, item.querySelector(".event-date")!, document.querySelectorAll(".event-headline")[1]!].map(
            (el) => el.getBoundingClientRect().top + window.scrollY,
          );
          const thumb = item.querySelector(".event-thumb img")!.getBoundingClientRect();
          return { headline: headline!, date: date!, second: second!, thumb: [thumb.width, thumb.height] };
        });
      const pending = await measure();
      assert.ok(pending.thumb[1]! > 0, "the thumbnail's box has its height before the picture arrives");
      if (viewport.width > 600) assert.ok(Math.abs(pending.headline - pending.date) < 4, "the headline starts level with the date, beside the thumbnail");
      release();
      await page.locator(".event-thumb img").scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
      assert.deepEqual(await measure(), pending, "nothing moved as the pictures loaded");
      const withoutThumbnail = await page.evaluate(() => {
        document.querySelectorAll(".event-thumb").forEach((t) => t.remove());
        return document.querySelector(".event-headline")!.getBoundingClientRect().top + window.scrollY;
      });
      assert.equal(withoutThumbnail, pending.headline, "the first headline is where it would be without media");
      await context.close();
    });
  }
});

describe("accessibility", () => {
  for (const path of [EVENT, "/ar" + EVENT, "/", "/print/"]) {
    test(`axe finds no violations on ${path}`, async () => {
      const { page } = await open(path);
      const { ids, report } = await axeViolations(page);
      assert.deepEqual(ids, [], report);
      await page.context().close();
    });
  }
});
