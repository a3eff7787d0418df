import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { isArabic, pathOf, readExport, startSession, visit, type ExportedCitation, type Session } from "./support.ts";

const data = readExport();
const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "sd", "dv", "ckb"]);
const directionOf = (lang: string) => (RTL.has(lang.split("-")[0]!) ? "rtl" : "ltr");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** What a quote element should look like for a citation. */
const expectedQuote = (c: ExportedCitation) => ({ lang: c.lang, dir: directionOf(c.lang), direction: directionOf(c.lang), text: squash(c.quote) });

/** lang, dir, computed direction and text of every `selector` inside `scope`. */
function shownQuotes(page: Page, selector: string) {
  return page.$$eval(selector, (els) =>
    els.map((el) => ({
      lang: el.getAttribute("lang"),
      dir: el.getAttribute("dir"),
      direction: getComputedStyle(el).direction,
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
    })),
  );
}

describe("quotes in their original language and direction", () => {
  let session: Session;
  let context: BrowserContext;
  before(async () => {
    session = await startSession();
    context = await session.context();
  });
  after(() => session.close());

  test("the dataset has an Arabic quote, shown right-to-left on its event page", async () => {
    const event = data.events.find((e) => e.citations.some(isArabic));
    assert.ok(event, "no Arabic (lang ar) citation in events.json: the right-to-left quote layout is untested");
    const { page } = await visit(context, pathOf(event.url));
    const arabic = (await shownQuotes(page, "main blockquote")).filter((q) => q.lang?.startsWith("ar"));
    assert.ok(arabic.length > 0, `${event.url} shows no blockquote with lang ar`);
    for (const q of arabic) assert.deepEqual({ dir: q.dir, direction: q.direction }, { dir: "rtl", direction: "rtl" });
    await page.close();
  });

  test("every event page: each blockquote has its citation's lang and direction", async () => {
    for (const event of data.events) {
      const { page } = await visit(context, pathOf(event.url));
      assert.deepEqual(await shownQuotes(page, "main blockquote"), event.citations.map(expectedQuote), event.url);
      await page.close();
    }
  });

  test("front page and month archives: each event's blockquotes have its citations' lang and direction", async () => {
    const months = [...new Set(data.events.filter((e) => e.date.precision !== "year").map((e) => e.date.start.slice(0, 7)))];
    for (const path of ["/", ...months.map((m) => `/${m.replace("-", "/")}/`)]) {
      const { page } = await visit(context, path);
      const ids = await page.$$eval("main li.event", (lis) => lis.map((li) => li.id));
      assert.ok(ids.length > 0, `${path} lists no events`);
      for (const id of ids) {
        const event = data.events.find((e) => e.id === id);
        assert.ok(event, `${path} lists ${id}, which is not in events.json`);
        const shown = await shownQuotes(page, `main li.event[id="${id}"] blockquote`);
        assert.deepEqual(shown, event.citations.map(expectedQuote), `${path} #${id}`);
      }
      await page.close();
    }
  });

  test("print notes: each quoted note has its citation's lang and direction", async () => {
    const { page } = await visit(context, "/print/");
    const expected = data.events.flatMap((e) => e.citations.map(expectedQuote));
    assert.deepEqual(await shownQuotes(page, ".notes li q"), expected);
    await page.close();
  });
});
