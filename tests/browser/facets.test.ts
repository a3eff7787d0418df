/** Country and tag pages, the world map and the density chart agree with the data and link correctly. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { pathOf, readExport, startSession, type Session } from "./support.ts";

const data = readExport();
const countries = [...new Set(data.events.flatMap((e) => e.countries))];
const tags = [...new Set(data.events.flatMap((e) => e.tags))];

describe("facets", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  test("the countries table lists every country with its count", async () => {
    const { page, open } = await session.tab();
    await open("/countries/");
    const rows = await page.$$eval(".facet-table tbody tr", (trs) =>
      trs.map((tr) => [new URL(tr.querySelector("a")!.href).pathname, Number(tr.lastElementChild!.textContent)] as const),
    );
    const expected = countries.map((c) => [`/countries/${c.toLowerCase()}/`, data.events.filter((e) => e.countries.includes(c)).length] as const);
    assert.deepEqual(new Map(rows), new Map(expected));
  });

  test("every shaded country on the map links to a country page that exists and is in the table", async () => {
    const { page, open } = await session.tab();
    await open("/countries/");
    const links = await page.$$eval("svg.world-map a", (as) => as.map((a) => a.getAttribute("href")!));
    assert.ok(links.length >= countries.length - 3, `only ${links.length} countries shaded of ${countries.length}`);
    const other = await session.tab(); // one tab for every link: a new one each time costs a second apiece
    for (const href of links) {
      assert.ok(countries.map((c) => `/countries/${c.toLowerCase()}/`).includes(href), href);
      assert.equal(await other.open(href), 200, href);
    }
    assert.ok(await page.$("svg.world-map a[href='/countries/la/'] title"), "Laos is not shaded with a title");
  });

  test("a country page and a tag page list exactly their events, in order", async () => {
    const { page, open } = await session.tab();
    for (const [url, match] of [
      [`/countries/${countries[1]!.toLowerCase()}/`, (e: (typeof data.events)[number]) => e.countries.includes(countries[1]!)],
      [`/tags/${tags[0]}/`, (e: (typeof data.events)[number]) => e.tags.includes(tags[0]!)],
    ] as const) {
      assert.equal(await open(url), 200);
      const listed = await page.$$eval(".event-index a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      assert.deepEqual(listed, data.events.filter(match).map((e) => pathOf(e.url)), url);
    }
  });

  test("the density chart's months link to archives that exist and count every dated event", async () => {
    const { page, open } = await session.tab();
    await open("/");
    const months = await page.$$eval("svg.density a", (as) => as.map((a) => [a.getAttribute("href")!, a.getAttribute("aria-label")!] as const));
    let total = 0;
    const other = await session.tab();
    for (const [href, label] of months) {
      assert.match(href, /^\/\d{4}\/\d{2}\/$/);
      assert.equal(await other.open(href), 200, href);
      total += Number(/: (\d+) event/.exec(label)![1]);
    }
    assert.equal(total, data.events.filter((e) => e.date.precision !== "year").length);
  });
});
