import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { monthLabel, pageTypes, pathOf, PHONE, readExport, startSession, type Session } from "./support.ts";

const data = readExport();

/** What the front page shows for each event, in page order. */
function listedEvents(page: Page) {
  return page.$$eval("main li.event", (items) =>
    items.map((li) => ({
      id: li.id,
      href: li.querySelector("h1 a, h2 a, h3 a, h4 a, h5 a, h6 a")?.getAttribute("href") ?? "",
      time: li.querySelector("time")?.textContent?.trim() ?? "",
      year: li.closest("section.year")?.querySelector("h2")?.textContent?.trim() ?? "",
      month: li.closest("section.period")?.querySelector("h3")?.textContent?.trim() ?? "",
    })),
  );
}

const expected = data.events.map((e) => ({
  id: e.id,
  href: pathOf(e.url),
  time: e.label,
  year: e.date.start.slice(0, 4),
  month: monthLabel(e),
}));

describe("front page timeline", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  test("events.json is chronological", () => {
    // As /methodology/ says: a vaguer date sorts at the start of its period; early, mid- and late month from the 1st, 11th and 21st.
    const PART: Record<string, string> = { early: "01", mid: "11", late: "21" };
    const earliest = data.events.map(({ date }) =>
      date.precision === "year" ? `${date.start}-00-00` : date.precision === "month" ? `${date.start}-${PART[date.qualifier ?? ""] ?? "00"}` : date.start,
    );
    assert.deepEqual(earliest, [...earliest].sort(), "events.json is not in order of each event's earliest possible day");
  });

  test("lists every event in events.json order, with its date label in a <time>, under its year and month headings", async () => {
    const tab = await session.tab();
    assert.equal(await tab.open("/"), 200);
    assert.deepEqual(await listedEvents(tab.page), expected);
  });

  test("year (h2) and month (h3) headings are present, each once, in order", async () => {
    const { page, open } = await session.tab();
    await open("/");
    const years = [...new Set(expected.map((e) => e.year))];
    const months = [...new Set(expected.map((e) => e.month))];
    assert.deepEqual(await page.$$eval("main section.year > h2", (hs) => hs.map((h) => h.textContent?.trim())), years);
    assert.deepEqual(await page.$$eval("main section.period > h3", (hs) => hs.map((h) => h.textContent?.trim())), months);
  });

  test("shows the same events with JavaScript disabled", async () => {
    const tab = await session.tab({ javaScriptEnabled: false });
    await tab.open("/");
    assert.deepEqual(await listedEvents(tab.page), expected);
  });

  test("same-day ordering is stable across loads and follows the id", async () => {
    const load = async () => {
      const tab = await session.tab();
      await tab.open("/");
      return (await listedEvents(tab.page)).map((e) => e.id);
    };
    const [first, second] = [await load(), await load()];
    assert.deepEqual(second, first, "two loads of the front page list events in different orders");
    const sameDate = (a: (typeof data.events)[number], b: (typeof data.events)[number]) =>
      JSON.stringify(a.date) === JSON.stringify(b.date);
    data.events.forEach((event, i) => {
      const previous = data.events[i - 1];
      if (previous && sameDate(previous, event)) {
        assert.ok(previous.id < event.id, `events on the same date out of id order: ${previous.id} before ${event.id}`);
      }
    });
  });

  test("no horizontal overflow at phone width (375×740)", async () => {
    const { page, open } = await session.tab({ viewport: PHONE });
    const longest = [...data.events].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
    const eventPage = pageTypes(data).find((p) => p.name === "event page")!.path; // has an Arabic quote, if any does
    for (const path of new Set(["/", pathOf(longest.url), eventPage, "/print/"])) {
      assert.equal(await open(path), 200, path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return { scrollWidth, clientWidth };
      });
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 5)
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
      );
      assert.ok(scrollWidth <= clientWidth, `${path}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; too wide: ${wide.join(", ")}`);
    }
  });

  test("no console errors or page errors on any page type", async () => {
    const tab = await session.tab();
    const problems: string[] = [];
    for (const { name, path } of pageTypes(data)) {
      assert.equal(await tab.open(path), 200, `${name} ${path} did not load`);
      problems.push(...tab.problems.map((p) => `${name} ${path}: ${p}`));
    }
    assert.deepEqual(problems, []);
  });

  test("no requests to other origins from any page", async () => {
    const tab = await session.tab();
    for (const { path } of pageTypes(data)) await tab.open(path);
    // Includes every page loaded by the tests above.
    assert.deepEqual(session.foreign(), []);
  });
});
