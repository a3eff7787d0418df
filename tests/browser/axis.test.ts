/**
 * The time axis (assets/axis.js): with JavaScript the density chart becomes an axis readers move along
 * with keys and pointer; mirrored in Arabic; nothing moves below it; without JavaScript nothing is missing.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { axeViolations, readExport, SITE_DIR, startSession, type Session } from "./support.ts";

const data = readExport();
/** Events in the axis's order: by first possible day, the list's order among equals. */
const firstDay = (start: string) => (start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start);
const ordered = data.events.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => firstDay(a.date.start).localeCompare(firstDay(b.date.start)) || i - j).map(([e]) => e);

const ready = (page: Page) => page.waitForSelector(".time-axis[data-ready]");
const value = (page: Page) => page.$eval(".time-axis-slider", (el) => [Number(el.getAttribute("aria-valuenow")), el.getAttribute("aria-valuetext") ?? ""] as const);

/** The tip's text at each point along the axis, start edge to end edge of the screen (left to right). */
async function sweep(page: Page): Promise<{ x: number; y: number; text: string }[]> {
  const box = (await page.locator(".time-axis canvas").boundingBox())!;
  const y = box.y + box.height - 6; // the tick row: under no track, so every track's marks answer
  const found: { x: number; y: number; text: string }[] = [];
  for (let x = box.x + 1; x < box.x + box.width; x += 3) {
    await page.mouse.move(x, y);
    const text = await page.$eval(".time-axis-tip", (el) => ((el as HTMLElement).hidden ? "" : el.textContent ?? ""));
    if (text) found.push({ x, y, text });
  }
  return found;
}

describe("the time axis", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  test("the front page at this size, axis included, weighs under a fifth of TimelineJS (107 KiB) compressed, without media", () => {
    // Without media: the thumbnails' markup is left out, as their pictures are.
    const html = readFileSync(join(SITE_DIR, "index.html"), "utf8").replace(/<div class="event-thumb">[\s\S]*?<\/div>/g, "");
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    assert.ok(assets.includes("/assets/axis.js"), "the front page loads the axis");
    const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
    const total = gz(html) + assets.reduce((sum, a) => sum + gz(readFileSync(join(SITE_DIR, a))), 0);
    assert.ok(gz(readFileSync(join(SITE_DIR, "assets/axis.js"))) < 5 * 1024, "axis.js stays under 5 KB compressed");
    assert.ok(total < (107 * 1024) / 5, `front page, its CSS and scripts: ${total} bytes gzipped (${data.events.length} events)`);
  });

  test("keys move from event to event, zoom, and Enter goes to the event in the list", async () => {
    const { page, open } = await session.tab();
    await open("/");
    await ready(page);
    await page.focus(".time-axis-slider");
    assert.deepEqual(await value(page), [1, `${ordered[0]!.label}: ${ordered[0]!.headline}`]);
    await page.keyboard.press("ArrowRight");
    assert.equal((await value(page))[1], `${ordered[1]!.label}: ${ordered[1]!.headline}`);
    await page.keyboard.press("ArrowLeft");
    assert.equal((await value(page))[0], 1);
    await page.keyboard.press("End");
    assert.equal((await value(page))[0], data.events.length);
    await page.keyboard.press("Home");
    assert.equal((await value(page))[0], 1);
    const level = () => page.$eval(".time-axis", (el) => el.getAttribute("data-level"));
    const start = await level();
    for (let i = 0; i < 6; i++) await page.keyboard.press("+");
    await page.waitForFunction(() => document.querySelector(".time-axis")!.getAttribute("data-level") === "weeks");
    for (let i = 0; i < 6; i++) await page.keyboard.press("-");
    await page.waitForFunction((s) => document.querySelector(".time-axis")!.getAttribute("data-level") === s, start);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const target = ordered[2]!;
    assert.equal(await page.evaluate(() => location.hash), `#${target.id}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), target.id, "focus moves to the event in the list");
  });

  test("an event the filter hides is shown again when the axis goes to it", async () => {
    const { page, open } = await session.tab();
    await open("/");
    await ready(page);
    const code = data.events.flatMap((e) => e.countries).find((c) => !ordered[0]!.countries.includes(c))!;
    await page.selectOption(".filter select[name=country]", code);
    assert.ok(await page.$eval(`[id="${ordered[0]!.id}"]`, (el) => (el as HTMLElement).hidden), "filtered out");
    await page.focus(".time-axis-slider");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), ordered[0]!.id);
    assert.ok(await page.isVisible(`[id="${ordered[0]!.id}"]`));
  });

  test("the slider is named, described, and the drawing is hidden from screen readers", async () => {
    const { page, open } = await session.tab();
    await open("/");
    await ready(page);
    const described = await page.$eval(".time-axis-slider", (el) => ({
      name: el.getAttribute("aria-label"),
      hint: document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent,
      canvas: el.querySelector("canvas")!.getAttribute("aria-hidden"),
      chart: document.querySelector("svg.density")!.hasAttribute("hidden"),
    }));
    assert.deepEqual(described, { name: "Time axis", hint: described.hint, canvas: "true", chart: true });
    assert.match(described.hint ?? "", /arrow keys/);
  });

  test("a mark chosen with the pointer goes to its event; later is to the right", async () => {
    const { page, open } = await session.tab();
    await open("/");
    await ready(page);
    const tips = await sweep(page);
    assert.ok(tips.length > 0, "marks answer the pointer");
    assert.ok(tips[0]!.text.endsWith(`${ordered[0]!.label}: ${ordered[0]!.headline}`), tips[0]!.text);
    assert.ok(tips.at(-1)!.text.endsWith(`${ordered.at(-1)!.label}: ${ordered.at(-1)!.headline}`), tips.at(-1)!.text);
    await page.mouse.click(tips[0]!.x, tips[0]!.y);
    assert.equal(await page.evaluate(() => location.hash), `#${ordered[0]!.id}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), ordered[0]!.id);
  });

  test("in Arabic the axis is mirrored: later is to the left, and the arrow keys follow it", async () => {
    const { page, open } = await session.tab();
    await open("/ar/");
    await ready(page);
    const tips = await sweep(page);
    const headlines = await page.$$eval("li.event", (els) => Object.fromEntries(els.map((el) => [el.id, el.querySelector(".event-headline a")!.textContent!.trim()])));
    assert.ok(tips[0]!.text.endsWith(headlines[ordered.at(-1)!.id]!), `leftmost mark is the last event: ${tips[0]!.text}`);
    assert.ok(tips.at(-1)!.text.endsWith(headlines[ordered[0]!.id]!), `rightmost mark is the first event: ${tips.at(-1)!.text}`);
    await page.focus(".time-axis-slider");
    await page.keyboard.press("ArrowRight");
    assert.equal((await value(page))[0], 1, "right is earlier: nothing before the first event");
    await page.keyboard.press("ArrowLeft");
    assert.equal((await value(page))[0], 2, "left is later");
  });

  test("a front page that lists only the latest events takes every mark from axis.json and its files, and opens an unlisted event on its archive page", async () => {
    // The sample fits on its front page: served here as a longer timeline's is, listing only its last five events.
    const kept = new Set(data.events.slice(-5).map((e) => e.id));
    const html = readFileSync(join(SITE_DIR, "index.html"), "utf8")
      .replace(/<li class="event" id="([^"]+)"[\s\S]*?<\/li>/g, (li, id: string) => (kept.has(id) ? li : ""))
      .replace('"data":null', '"data":"/axis.json"');
    assert.ok(html.includes('"data":"/axis.json"'), "the front page's axis data");
    const context = await session.context();
    await context.route(`${SITE_ORIGIN}/`, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${SITE_ORIGIN}/`);
    await ready(page);
    assert.equal(await page.$$eval("li.event", (els) => els.length), 5);
    assert.deepEqual(fetched.filter((p) => p.endsWith("axis.json")).sort(), ["/2020/axis.json", "/axis.json"]);
    await page.focus(".time-axis-slider");
    assert.equal(await page.$eval(".time-axis-slider", (el) => el.getAttribute("aria-valuemax")), String(data.events.length), "every event is a mark");
    const [first, last] = [ordered[0]!, ordered.at(-1)!];
    assert.ok(kept.has(last.id) && !kept.has(first.id) && first.date.precision !== "year");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => location.pathname + location.hash), `/#${last.id}`, "a listed event is found on the page");
    await page.focus(".time-axis-slider");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${SITE_ORIGIN}/${first.date.start.slice(0, 7).replace("-", "/")}/#${first.id}`);
    await context.close();
  });

  test("the axis takes the chart's place exactly: the first headline does not move", async () => {
    const headline = async (withAxis: boolean) => {
      const context = await session.context();
      if (!withAxis) await context.route("**/assets/axis.js", (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${SITE_ORIGIN}/`);
      if (withAxis) await ready(page);
      else await page.waitForLoadState("load");
      const top = await page.$eval(".event-headline", (el) => el.getBoundingClientRect().top + window.scrollY);
      await context.close();
      return top;
    };
    assert.equal(await headline(true), await headline(false));
  });

  test("without JavaScript nothing is missing: every event listed, the chart and its month links, no axis", async () => {
    const context = await session.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SITE_ORIGIN}/`);
    assert.deepEqual(await page.$$eval("li.event", (els) => els.map((el) => el.id).sort()), data.events.map((e) => e.id).sort());
    assert.ok(await page.isVisible("svg.density"), "the density chart shows");
    assert.ok((await page.$$("svg.density a")).length > 0);
    assert.equal(await page.$(".time-axis"), null);
    await context.close();
  });

  for (const path of ["/", "/ar/", "/th/"]) {
    test(`axe finds no violations on ${path} with the axis drawn and focused`, async () => {
      const { page, open } = await session.tab();
      await open(path);
      await ready(page);
      await page.focus(".time-axis-slider");
      await page.keyboard.press("ArrowRight");
      const { ids, report } = await axeViolations(page);
      assert.deepEqual(ids, [], report);
    });
  }
});
