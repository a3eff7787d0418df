/** Static full-text search finds events from a query in any of the four scripts. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { buildSearchIndex } from "../../src/site/search/search-index.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";
import { newTab, pathOf, readExport, startSession, type Session } from "./support.ts";

const data = readExport();
const laos = data.events.filter((e) => e.countries.includes("LA")).map((e) => pathOf(e.url));

describe("search", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  async function results(query: string): Promise<string[]> {
    const { page, open } = await session.tab();
    assert.equal(await open(`/search/?q=${encodeURIComponent(query)}`), 200);
    await page.waitForFunction(() => /match/.test(document.querySelector("#search-status")?.textContent ?? ""));
    return page.$$eval("#results a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  test("the dataset has a Laos event to look for", () => assert.ok(laos.length > 0));

  for (const query of ["Laos", "laos", "老挝", "ลาว", "لاوس", "Vientiane"]) {
    test(`"${query}" finds the Laos event`, async () => {
      const found = await results(query);
      for (const path of laos) assert.ok(found.includes(path), `${query}: ${found.join(", ")}`);
    });
  }

  test("every word of a query must match, and nonsense matches nothing", async () => {
    const both = await results("Laos Mongolia");
    assert.ok(!both.some((p) => laos.includes(p)) || data.events.some((e) => e.countries.includes("LA") && e.countries.includes("MN")));
    assert.deepEqual(await results("zzqxj"), []);
  });

  test("a quote's own words find its event (Arabic)", async () => {
    const event = data.events.find((e) => e.citations.some((c) => c.lang === "ar"))!;
    const word = event.citations.find((c) => c.lang === "ar")!.quote.split(/\s+/).find((w) => w.length > 5)!;
    assert.ok((await results(word)).includes(pathOf(event.url)), word);
  });

  test("emoji are words: an event with 😷 in its headline is found by 😷, and 👍 finds 👍🏽", async () => {
    const fixture = makeFixture([validEvent({ headline: "Masks 😷 and gloves 🧤 reach Vientiane 👍🏽" })]);
    const loaded = await loadDataset({ root: fixture.dir, data: fixture.dir });
    assert.ok(loaded.ok);
    const index = JSON.stringify(buildSearchIndex(buildTimelines(loaded.dataset)[0]!));
    const context = await session.context();
    await context.route(`${SITE_ORIGIN}/search-index.json`, (route) => route.fulfill({ contentType: "application/json", body: index }));
    const { page, open } = await newTab(context);
    for (const [query, count] of [["😷", 1], ["🧤 masks", 1], ["👍", 1], ["👍🏽", 1], ["🚑", 0]] as const) {
      await open(`/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /match/.test(document.querySelector("#search-status")?.textContent ?? ""));
      assert.equal(await page.locator("#results a").count(), count, query);
    }
  });
});
