/** The site in four languages: prefixes, hreflang, switcher, right-to-left layout, dates and translations. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { atomSchemaErrors, parseFeed } from "../support/feeds.ts";
import { axeViolations, pathOf, readExport, SITE_DIR, startSession, type Session } from "./support.ts";

const data = readExport();
const LANGUAGES = [
  { lang: "en", prefix: "", dir: "ltr" },
  { lang: "zh-Hans", prefix: "/zh", dir: "ltr" },
  { lang: "ar", prefix: "/ar", dir: "rtl" },
  { lang: "th", prefix: "/th", dir: "ltr" },
];
const event = data.events.find((e) => e.citations.some((c) => c.lang === "ar")) ?? data.events[0]!;
const eventPath = pathOf(event.url);

describe("the site in four languages", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  for (const { lang, prefix, dir } of LANGUAGES) {
    test(`${lang}: pages under "${prefix || "/"}" declare lang and dir, and link every language with hreflang`, async () => {
      const { page, open } = await session.tab();
      for (const path of ["/", eventPath, "/countries/", "/sources/"]) {
        assert.equal(await open(prefix + path), 200, prefix + path);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.equal(await page.getAttribute("html", "dir"), dir);
        const hreflangs = await page.$$eval("link[rel=alternate][hreflang]", (ls) => ls.map((l) => [l.getAttribute("hreflang"), new URL((l as HTMLLinkElement).href).pathname]));
        for (const other of LANGUAGES) assert.ok(hreflangs.some(([h, p]) => h === other.lang && p === other.prefix + path), `${prefix + path} lacks hreflang ${other.lang}`);
        const switcher = await page.$$eval("nav.languages a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        assert.deepEqual(switcher, LANGUAGES.map((l) => l.prefix + path));
      }
    });
  }

  test("Arabic pages are mirrored: the date column sits to the right of the text", async () => {
    const { page, open } = await session.tab({ viewport: { width: 1200, height: 900 } });
    await open("/ar/");
    const date = await page.locator("li.event .event-date").first().boundingBox();
    const body = await page.locator("li.event .event-body").first().boundingBox();
    assert.ok(date && body && date.x > body.x, "the date column is not on the right");
    const nav = await page.locator(".masthead nav ul li").first().boundingBox();
    const last = await page.locator(".masthead nav ul li").last().boundingBox();
    assert.ok(nav && last && nav.x > last.x, "the navigation does not run right to left");
  });

  test("Thai dates show the Buddhist Era with the Gregorian year, and never lose the year", async () => {
    const { page, open } = await session.tab();
    await open(`/th${eventPath}`);
    const label = (await page.textContent("article .event-date time")) ?? "";
    const gregorian = Number(event.date.start.slice(0, 4));
    assert.ok(label.includes(String(gregorian + 543)), label);
    assert.ok(label.includes(`ค.ศ. ${gregorian}`), label);
    await open("/zh/");
    const labels = await page.$$eval("li.event .event-date time", (ts) => ts.map((t) => t.textContent ?? ""));
    assert.ok(labels.length > 0 && labels.every((l) => /\d{4}年/.test(l)), labels.join(" | "));
  });

  test("a translated headline is shown in the page's language", async () => {
    const { page, open } = await session.tab();
    await open(`/zh${eventPath}`);
    const h1 = (await page.textContent("h1")) ?? "";
    assert.ok(/\p{Script=Han}/u.test(h1) && !(await page.$(".untranslated-note")), `zh headline: ${h1}`);
  });

  test("each language has its own valid Atom feed in its language", async () => {
    for (const { lang, prefix } of LANGUAGES) {
      const xml = readFileSync(join(SITE_DIR, prefix.slice(1), "feed.xml"), "utf8");
      assert.deepEqual(await atomSchemaErrors(xml), [], lang);
      assert.match(xml, new RegExp(`<feed [^>]*xml:lang="${lang}"`));
      const { items } = await parseFeed(xml);
      assert.equal(items.length, data.events.length);
      assert.ok(items.every((i) => new URL(i.link).pathname.startsWith(`${prefix}/events/`)), lang);
      await parseFeed(readFileSync(join(SITE_DIR, prefix.slice(1), "rss.xml"), "utf8"));
    }
  });

  test("Arabic and Thai pages have no axe violations", async () => {
    const { page, open } = await session.tab();
    for (const path of ["/ar/", `/ar${eventPath}`, "/ar/countries/", "/th/", `/th${eventPath}`, "/zh/search/?q=老挝"]) {
      assert.equal(await open(path), 200);
      const { ids, report } = await axeViolations(page);
      assert.deepEqual(ids, [], `${path}:\n${report}`);
    }
  });
});
