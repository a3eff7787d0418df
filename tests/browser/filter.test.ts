/** Filtering the timeline: an instant in-page filter with JavaScript, country and tag pages without. */
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readExport, SITE_DIR, startSession, type Session } from "./support.ts";

const data = readExport();

describe("filtering by country, tag and group", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  test("the filter script stays under 5 KB compressed", () => {
    const size = gzipSync(readFileSync(join(SITE_DIR, "assets/filter.js"))).length;
    assert.ok(size < 5 * 1024, `${size} bytes gzipped`);
  });

  test("with JavaScript, choosing a country shows exactly its events", async () => {
    const { page, open } = await session.tab();
    await open("/");
    const code = data.events.flatMap((e) => e.countries).find((c) => c !== "CN")!;
    const expected = data.events.filter((e) => e.countries.includes(code)).map((e) => e.id);
    await page.selectOption(".filter select[name=country]", code);
    const visible = await page.$$eval("li.event", (els) => els.filter((el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetParent).map((el) => el.id));
    assert.deepEqual(visible, expected);
    assert.match(await page.textContent(".filter [role=status]") ?? "", new RegExp(`^${expected.length} of ${data.events.length}`));
    await page.click(".filter button[name=reset]");
    await page.waitForFunction((n) => document.querySelectorAll("li.event:not([hidden])").length === n, data.events.length);
  });

  test("choosing a tag and a country combines them", async () => {
    const { page, open } = await session.tab();
    await open("/");
    const event = data.events.find((e) => e.tags.length > 0 && e.countries.length > 0)!;
    await page.selectOption("select[name=tag]", event.tags[0]!);
    await page.selectOption("select[name=country]", event.countries[0]!);
    const expected = data.events.filter((e) => e.tags.includes(event.tags[0]!) && e.countries.includes(event.countries[0]!)).map((e) => e.id);
    const visible = await page.$$eval("li.event:not([hidden])", (els) => els.map((el) => el.id));
    assert.deepEqual(visible, expected);
  });

  test("choosing a group shows its events, combined with a tag, in Arabic too", async () => {
    const groupOf = (e: object) => (e as { group?: string }).group;
    const { page, open } = await session.tab();
    for (const prefix of ["", "/ar"]) {
      await open(`${prefix}/`);
      const group = groupOf(data.events.find((e) => groupOf(e) && e.tags.length)!)!;
      await page.selectOption("select[name=group]", group);
      let visible = await page.$$eval("li.event:not([hidden])", (els) => els.map((el) => el.id));
      assert.deepEqual(visible, data.events.filter((e) => groupOf(e) === group).map((e) => e.id));
      const tag = data.events.find((e) => groupOf(e) === group)!.tags[0]!;
      await page.selectOption("select[name=tag]", tag);
      visible = await page.$$eval("li.event:not([hidden])", (els) => els.map((el) => el.id));
      assert.deepEqual(visible, data.events.filter((e) => groupOf(e) === group && e.tags.includes(tag)).map((e) => e.id));
      await page.click(".filter button[name=reset]");
      assert.equal(await page.$$eval("li.event:not([hidden])", (els) => els.length), data.events.length);
    }
  });

  test("without JavaScript the form is hidden and country and tag links do the filtering", async () => {
    const { page, open } = await session.tab({ javaScriptEnabled: false });
    await open("/");
    assert.equal(await page.isVisible(".filter"), false);
    const code = data.events.flatMap((e) => e.countries).find((c) => c !== "CN")!;
    assert.equal(await open(`/countries/${code.toLowerCase()}/`), 200);
    const listed = await page.$$eval(".event-index a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.deepEqual(listed, data.events.filter((e) => e.countries.includes(code)).map((e) => new URL(e.url).pathname));
  });
});
