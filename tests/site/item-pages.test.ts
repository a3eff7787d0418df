/**
 * Each event's page and embed page, and the print views, are rendered from their partials and
 * layouts and written by item-pages.ts, not paginated by Eleventy: the page the build wrote is the
 * page rendered outside a build (as the desk's preview and `datelines pdf` render theirs), in every
 * language; and pages are written at their URL's folder, whatever script the URL is in.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { embedPage, eventPage, printPage, renderPage, siteTemplates, writePages } from "../../src/site/item-pages.ts";
import { embedPages } from "../../src/site/embed/embed-pages.ts";
import { keepTogether } from "../../src/site/keep-together.ts";
import { writePrintSlice } from "../../src/site/print-slice.ts";
import { imageSettings, loadValid, startSession } from "../../src/site/build-session.ts";
import { SITE } from "../support/build.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

// The data, media and timelines as the build had them (its pictures come from the cache it filled).
const data = join(ROOT, "_data");
const session = await startSession(await loadValid(ROOT, data), data, imageSettings(ROOT));
const timelines = session.timelines();
const templates = siteTemplates(ROOT);
const words = session.wordsToKeep;
const built = (url: string) => readFileSync(join(SITE, decodeURI(url), "index.html"), "utf8");

test("an event's page and its embed page, rendered outside a build, are the pages the build wrote", () => {
  for (const timeline of timelines) {
    // An event with media, so that its pictures and their neighbours' thumbnails are compared too.
    const entry = timeline.events.find((e) => e.media.length > 0)!;
    const page = eventPage(entry);
    assert.equal(page.url, entry.url);
    assert.equal(keepTogether(renderPage(templates, page), words), built(entry.url), `${timeline.lang}: ${entry.url}`);
    const embed = embedPages(timeline).find((e) => e.entry === entry)!;
    assert.equal(keepTogether(renderPage(templates, embedPage(embed)), words), built(embed.url), `${timeline.lang}: ${embed.url}`);
  }
});

test("the print views, rendered outside a build, are the pages the build wrote; a PDF's says when it was made", () => {
  for (const timeline of timelines) {
    assert.ok(timeline.printPages.length > 1, `${timeline.lang}: the whole timeline's print view and those of its slices`);
    for (const printable of timeline.printPages) {
      assert.equal(keepTogether(renderPage(templates, printPage(printable, "")), words), built(printable.url), `${timeline.lang}: ${printable.url}`);
    }
  }
  const printable = timelines[0]!.printPages[0]!;
  assert.match(renderPage(templates, printPage(printable, "2026-12-01T00:00:00Z")), /<p class="generated">[^<]*1 December 2026/);
});

test("a page is written at its URL's folder, its path decoded", () => {
  const output = tempFolder("event-pages");
  try {
    const entry = timelines.find((t) => t.lang === "th")!.events[0]!;
    const page = { ...eventPage(entry), url: `${entry.timeline.prefix}/events/${encodeURIComponent("เหตุการณ์")}/` };
    const finish = (html: string) => `${html}<!-- finished -->`;
    writePages(output, templates, [page, eventPage(entry)], finish);
    const written = readFileSync(join(output, "th", "events", "เหตุการณ์", "index.html"), "utf8");
    assert.match(written, /<html lang="th" dir="ltr">/);
    assert.ok(written.endsWith("<!-- finished -->"), "every page goes through `finish`");
    assert.ok(readFileSync(join(output, decodeURI(entry.url), "index.html"), "utf8").includes(entry.headline));
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});

test("a slice's chronology for a PDF is written as a site of one page, with the styles and pictures it shows", async () => {
  const output = tempFolder("print-slice");
  try {
    const entry = timelines.find((t) => t.lang === "ar")!.events.find((e) => e.media.some((m) => m.picture))!;
    const url = await writePrintSlice(ROOT, output, { lang: "ar", slice: { country: entry.event.countries[0]! } });
    const html = readFileSync(join(output, decodeURI(url), "index.html"), "utf8");
    assert.match(html, /<html lang="ar" dir="rtl">/);
    const files = [...html.matchAll(/\b(?:src|srcset|href)="(\/[^"]+)"/g)].flatMap((m) => m[1]!.split(/,\s*/).map((s) => s.split(" ")[0]!));
    const local = files.filter((f) => f.startsWith("/media/") || f.startsWith("/assets/"));
    assert.ok(local.some((f) => f.startsWith("/media/")) && local.some((f) => f.startsWith("/assets/")), "it shows pictures and has styles");
    assert.deepEqual(local.filter((f) => !existsSync(join(output, f))), [], "every picture and style it names is there");
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});
