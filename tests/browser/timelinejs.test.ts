/**
 * The exports open in the real TimelineJS 3 (its npm package, served from disk with
 * the built site): /timelinejs.json and /events.csv each become one slide per
 * published event with the right date, and nothing is requested from elsewhere.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { dirname, extname, join, normalize } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { buildSite } from "../support/build.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";
import { readExport, SITE_DIR, type ExportedEvent, type SiteExport } from "./support.ts";

const DIST = join(dirname(createRequire(import.meta.url).resolve("@knight-lab/timelinejs/package.json")), "dist");
const BASE = "/__timelinejs/";
const HOST_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="${BASE}css/timeline.css"><script src="${BASE}js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1200px; height: 650px"></div></body></html>`;
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff": "font/woff", ".ttf": "font/ttf" };

/** What TimelineJS made of the data: its parsed slides and the slides in the page. */
interface Loaded {
  error?: string;
  title: string;
  slides: { id: string; year: number; month?: number; day?: number; endDay?: number; headline: string; dateText: string; inPage: boolean }[];
  markers: number;
  eras: number;
}
type TlParts = { year: number | string; month?: number | string; day?: number | string };
interface Raw extends Omit<Loaded, "slides"> {
  slides: { id: string; start: TlParts; end?: TlParts; headline: string; dateText: string; inPage: boolean }[];
}

async function loadInTimelineJs(page: Page, dataUrl: string): Promise<Loaded> {
  await page.goto(`${SITE_ORIGIN}${BASE}host.html`);
  // The function runs in the page: no named inner functions (tsx would wrap them in a helper the page lacks).
  const loading = page.evaluate(
    ({ dataUrl, base }) =>
      new Promise<Raw>((resolve) => {
        const TL = (window as unknown as { TL: { Timeline: new (id: string, data: string, options: object) => { on(event: string, fn: (config: unknown) => void): void } } }).TL;
        // font: null keeps TimelineJS from loading its default fonts from Google.
        const timeline = new TL.Timeline("timeline", dataUrl, { script_path: `${base}js/`, font: null, language: "en", hash_bookmark: false });
        const fail = setTimeout(() => resolve({ error: document.querySelector(".tl-message-content")?.textContent ?? "TimelineJS never loaded", title: "", slides: [], markers: 0, eras: 0 }), 15000);
        timeline.on("loaded", (raw) => {
          clearTimeout(fail);
          const config = raw as {
            events: { unique_id: string; start_date: { data: TlParts }; end_date?: { data: TlParts }; text: { headline: string } }[];
            eras: unknown[];
            title?: { text: { headline: string } };
          };
          resolve({
            title: config.title?.text.headline ?? "",
            slides: config.events.map((e) => ({
              id: e.unique_id,
              start: e.start_date.data,
              end: e.end_date?.data,
              headline: e.text.headline,
              dateText: document.getElementById(e.unique_id)?.querySelector(".tl-headline-date")?.textContent ?? "",
              inPage: document.getElementById(e.unique_id) !== null,
            })),
            markers: document.querySelectorAll(".tl-timemarker").length,
            eras: config.eras.length,
          });
        });
      }),
    { dataUrl, base: BASE },
  );
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`TimelineJS did not answer for ${dataUrl}`)), 30000).unref());
  const raw = await Promise.race([loading, timeout]);
  const num = (v: number | string | undefined) => (v === undefined || v === "" ? undefined : Number(v));
  return {
    ...raw,
    slides: raw.slides.map(({ start, end, ...slide }) => ({ ...slide, year: Number(start.year), month: num(start.month), day: num(start.day), endDay: num(end?.day) })),
  };
}

/** The date parts of an event as TimelineJS should read them: only those its precision has. */
function expectedParts(e: ExportedEvent) {
  const [year, month, day] = e.date.start.split("-").map(Number);
  return { year: year!, month, day, endDay: e.date.end && e.date.precision === "day" ? Number(e.date.end.slice(8)) : undefined };
}

/** A tab on a context that serves `siteDir` and, under /__timelinejs/, the TimelineJS package; blocked foreign requests go into `foreign`. */
async function timelineJsTab(browser: Browser, siteDir: string): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const foreign = await serveBuiltSite(context, siteDir);
  // Registered after the site's route, so it answers first for the TimelineJS files.
  await context.route(`${SITE_ORIGIN}${BASE}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(BASE.length);
    if (path === "host.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: HOST_PAGE });
    const file = join(DIST, normalize(path).replace(/^(\.\.[/\\])+/, ""));
    const body = await readFile(file).catch(() => undefined);
    return body ? route.fulfill({ contentType: TYPES[extname(file)] ?? "application/octet-stream", body }) : route.fulfill({ status: 404, body: "" });
  });
  return { page: await context.newPage(), foreign };
}

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

describe("TimelineJS 3 reads the sample site's exports", () => {
  let tab: { page: Page; foreign: string[] };
  let data: SiteExport;
  before(async () => {
    data = readExport();
    tab = await timelineJsTab(browser, SITE_DIR);
  });

  test("/timelinejs.json: a slide per published event, with its id, date parts and date label", async () => {
    const loaded = await loadInTimelineJs(tab.page, "/timelinejs.json");
    assert.equal(loaded.error, undefined, loaded.error);
    assert.equal(loaded.slides.length, data.events.length);
    assert.equal(loaded.markers, data.events.length, "one marker per event on the time navigation");
    const byId = new Map(loaded.slides.map((s) => [s.id, s]));
    for (const event of data.events) {
      const slide = byId.get(event.id);
      assert.ok(slide?.inPage, `no slide for ${event.id}`);
      assert.deepEqual({ year: slide.year, month: slide.month, day: slide.day, endDay: slide.endDay }, expectedParts(event), event.id);
      assert.equal(slide.dateText, event.label, `${event.id} shows another date`);
      assert.equal(slide.headline.replace(/&amp;/g, "&"), event.headline);
    }
  });

  test("/events.csv (the Sheets template): the same title, slides and dates", async () => {
    const json = await loadInTimelineJs(tab.page, "/timelinejs.json");
    const csv = await loadInTimelineJs(tab.page, "/events.csv");
    assert.equal(csv.error, undefined, csv.error);
    assert.ok(csv.title.length > 0 && csv.title === json.title, `title slide: ${csv.title}`);
    const parts = (l: Loaded) => l.slides.map(({ year, month, day, endDay, headline, dateText }) => ({ year, month, day, endDay, headline, dateText }));
    assert.deepEqual(parts(csv), parts(json));
    assert.equal(csv.eras, json.eras);
  });

  test("no request left the machine", () => {
    assert.deepEqual(tab.foreign, []);
  });
});

describe("TimelineJS 3 with hostile labels, a group and an era", () => {
  const HOSTILE = (n: number) => `<img src=x onerror="window.pwned=${n}"> R&D`;
  let site = "";
  let tab: { page: Page; foreign: string[] };
  before(async () => {
    const fixture = makeFixture([
      validEvent({ headline: HOSTILE(1), summary: "[x](javascript:window.pwned=2) *fine*", group: "g" }),
      validEvent({ id: "2020-03-late", date: { start: "2020-03", precision: "month", qualifier: "late" } }),
    ]);
    fixture.write("groups.json", JSON.stringify({ groups: [{ id: "g", label: { en: HOSTILE(3) } }] }));
    fixture.write("eras.json", JSON.stringify({ eras: [{ id: "spring", label: { en: HOSTILE(4) }, start: "2020-03", end: "2020-04" }] }));
    site = buildSite({ data: fixture.dir });
    tab = await timelineJsTab(browser, site);
  });
  after(() => rmSync(site, { recursive: true, force: true }));

  for (const file of ["/timelinejs.json", "/events.csv"]) {
    test(`${file}: labels stay text, no script runs, the group and era appear`, async () => {
      const loaded = await loadInTimelineJs(tab.page, file);
      assert.equal(loaded.error, undefined, loaded.error);
      assert.deepEqual(loaded.slides.map((s) => s.dateText), ["late March 2020", "29 March 2020"]);
      assert.equal(loaded.eras, 1);
      const page = await tab.page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: number }).pwned,
        images: document.querySelectorAll('img[src="x"]').length,
        group: document.querySelector(".tl-timegroup-message")?.textContent,
        scripted: [...document.querySelectorAll("a[href]")].filter((a) => /^javascript:/i.test(a.getAttribute("href")!)).length,
      }));
      assert.deepEqual(page, { pwned: undefined, images: 0, group: HOSTILE(3), scripted: 0 });
    });
  }
});
