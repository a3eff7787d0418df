import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { isArabic, pathOf, readExport, startSession, type ExportedCitation, type Session, type Tab } from "./support.ts";

const data = readExport();
const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "sd", "dv", "ckb"]);
const directionOf = (lang: string) => (RTL.has(lang.split("-")[0]!) ? "rtl" : "ltr");

/** What a quote element should look like for a citation. */
const expectedQuote = (c: ExportedCitation) => {
  const dir = directionOf(c.lang);
  return { lang: c.lang, dir, direction: dir, text: c.quote.replace(/\s+/g, " ").trim() };
};

/** lang, dir, computed direction and text of every element matching `selector`. */
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
  let tab: Tab;
  before(async () => {
    session = await startSession();
    tab = await session.tab();
  });
  after(() => session.close());

  test("the dataset has an Arabic quote, shown right-to-left on its event page", async () => {
    const event = data.events.find((e) => e.citations.some(isArabic));
    assert.ok(event, "no Arabic (lang ar) citation in events.json: the right-to-left quote layout is untested");
    await tab.open(pathOf(event.url));
    const arabic = (await shownQuotes(tab.page, "main blockquote")).filter((q) => q.lang === "ar" || q.lang?.startsWith("ar-"));
    assert.ok(arabic.length > 0, `${event.url} shows no blockquote with lang ar`);
    for (const q of arabic) assert.deepEqual({ dir: q.dir, direction: q.direction }, { dir: "rtl", direction: "rtl" });
  });

  test("every event page: each blockquote has its citation's lang and direction", async () => {
    for (const event of data.events) {
      assert.equal(await tab.open(pathOf(event.url)), 200, event.url);
      assert.deepEqual(await shownQuotes(tab.page, "main blockquote"), event.citations.map(expectedQuote), event.url);
    }
  });

  test("front page and month archives: each event's blockquotes have its citations' lang and direction", async () => {
    const months = new Set(data.events.filter((e) => e.date.precision !== "year").map((e) => e.date.start.slice(0, 7)));
    for (const path of ["/", ...[...months].map((m) => `/${m.replace("-", "/")}/`)]) {
      assert.equal(await tab.open(path), 200, path);
      const ids = await tab.page.$$eval("main li.event", (lis) => lis.map((li) => li.id));
      assert.ok(ids.length > 0, `${path} lists no events`);
      for (const id of ids) {
        const event = data.events.find((e) => e.id === id);
        assert.ok(event, `${path} lists ${id}, which is not in events.json`);
        const shown = await shownQuotes(tab.page, `main li.event[id="${id}"] blockquote`);
        assert.deepEqual(shown, event.citations.map(expectedQuote), `${path} #${id}`);
      }
    }
  });

  test("print notes: each quoted note has its citation's lang and direction", async () => {
    await tab.open("/print/");
    const expected = data.events.flatMap((e) => e.citations.map(expectedQuote));
    assert.deepEqual(await shownQuotes(tab.page, ".notes li q"), expected);
  });
});
