/**
 * Media on a built site (tests/support/media-fixture.ts, built offline): pictures processed into
 * AVIF, WebP and a fallback with srcset, sizes, width and height; a click-to-load facade with no
 * player in the page; a remote picture that could not be downloaded shown as a link card; a
 * local PDF published as a card; figures in print; media in /events.json, feeds and
 * TimelineJS; and a second build that reuses the processed pictures.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { atomSchemaErrors, parseFeed } from "../support/feeds.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";
import { buildMediaSite, makeMediaFixture, REMOTE_PICTURE, YOUTUBE } from "../support/media-fixture.ts";

const EVENT = "/events/2020-03-29-expert-team-arrives-in-laos/";
let site = "";
let cache = "";
const fixture = makeMediaFixture();
const read = (path: string) => readFileSync(join(site, path.endsWith("/") ? `${path}index.html` : path), "utf8");
const page = (path: string) => parseHTML(read(path)).document;
/** Every /media/… address a file of the built site names. */
const mediaUrls = (html: string) => [...new Set([...html.matchAll(/\/media\/[^\s"',)&<\\]+/g)].map((m) => m[0]))];

before(() => {
  ({ site, cache } = buildMediaSite(fixture));
});

describe("pictures", () => {
  test("the event page's picture has AVIF and WebP sources, a PNG fallback, srcset and sizes, width and height", () => {
    const figure = page(EVENT).querySelector("figure.media-image")!;
    const sources = [...figure.querySelectorAll("source")];
    assert.deepEqual(sources.map((s) => s.getAttribute("type")), ["image/avif", "image/webp"]);
    for (const s of sources) {
      assert.match(s.getAttribute("srcset")!, /160w, .*320w, .*640w$/);
      assert.equal(s.getAttribute("sizes"), "(min-width: 52rem) 50rem, calc(100vw - 2rem)");
    }
    const img = figure.querySelector("img")!;
    assert.match(img.getAttribute("src")!, /^\/media\/[\w-]+-160\.png$/);
    assert.deepEqual([img.getAttribute("width"), img.getAttribute("height")], ["640", "360"]);
    assert.equal(img.getAttribute("alt"), "Two bars, the second twice as long as the first");
    assert.equal(img.getAttribute("loading"), "eager", "the first picture is above the fold");
    assert.match(figure.querySelector("figcaption")!.innerHTML, /Aid in <em>two<\/em> batches.*Credit: .*Datelines test desk/);
  });

  test("the timeline's thumbnail is small, lazy and sized, and comes after the headline", () => {
    const item = page("/").querySelector("li.event")!;
    const img = item.querySelector(".event-thumb img")!;
    assert.equal(img.getAttribute("loading"), "lazy");
    assert.equal(img.getAttribute("sizes"), "9rem");
    assert.ok(!/640w/.test(img.getAttribute("srcset")!), "a thumbnail needs no 640 px file");
    assert.ok(img.getAttribute("width") && img.getAttribute("height"));
    const order = [...item.querySelectorAll(".event-headline, .event-thumb")].map((e) => e.className);
    assert.deepEqual(order, ["event-headline", "event-thumb"]);
    assert.equal(page("/").querySelectorAll(".event-thumb").length, 1, "only the event with media has one");
  });

  test("every picture and file a page names is in the output, under /media/", () => {
    const exported = JSON.stringify(readEventsExport(site).events);
    const named = new Set([...[EVENT, "/", "/print/", "/zh/", "/ar" + EVENT, "feed.xml", "feed.json"].map(read), exported].flatMap(mediaUrls));
    assert.ok(named.size > 10);
    for (const url of named) assert.ok(existsSync(join(site, decodeURI(url))), `${url} is missing`);
    const formats = new Set(readdirSync(join(site, "media")).map((f) => f.split(".").pop()));
    assert.deepEqual([...formats].sort(), ["avif", "files", "png", "webp"]);
  });

  test("a second build reuses the processed pictures: nothing in the cache is written again", () => {
    const folder = join(cache, "media");
    const before = new Map(readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]));
    const again = buildMediaSite(fixture, cache);
    const after = new Map(readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]));
    assert.deepEqual(after, before);
    assert.deepEqual(readdirSync(join(again.site, "media")).sort(), readdirSync(join(site, "media")).sort());
    assert.equal(readFileSync(join(again.site, EVENT, "index.html"), "utf8"), read(EVENT));
  });
});

test("pages with every kind of media pass html-validate", async () => {
  const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
  // Named inside the project, so that its .htmlvalidate.json applies.
  const reports = await Promise.all([EVENT, "/ar" + EVENT, "/", "/print/"].map((p) => htmlvalidate.validateString(read(p), join(ROOT, `media-fixture${p}index.html`))));
  const failed = reports.filter((r) => !r.valid);
  assert.equal(failed.length, 0, formatterFactory("text")(failed.flatMap((r) => r.results)));
});

describe("players and cards", () => {
  test("a YouTube video is a facade: a link to the video, the player only in data, no frame and no request in the page", () => {
    const doc = page(EVENT);
    const figure = doc.querySelector("figure[data-player]")!;
    assert.equal(figure.getAttribute("data-player"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    assert.equal(figure.querySelector("a.facade")!.getAttribute("href"), YOUTUBE);
    assert.match(figure.querySelector(".facade-note")!.textContent!, /www\.youtube-nocookie\.com/);
    assert.equal(doc.querySelectorAll("iframe").length, 0);
    const requested = [...doc.querySelectorAll("[src], [srcset], link[href]")].flatMap((e) => [e.getAttribute("src"), e.getAttribute("srcset"), e.getAttribute("href")]);
    assert.deepEqual(requested.filter((u) => u && /https?:/.test(u) && !u.startsWith("https://datelines.example.org/")), [], "nothing loads from another origin");
    assert.equal(doc.querySelectorAll('script[src="/assets/media.js"]').length, 1);
    assert.equal(page("/events/2020-03-30-second-event/").querySelectorAll('script[src="/assets/media.js"]').length, 0);
  });

  test("a remote picture that could not be downloaded is a link card, never hot-linked", () => {
    const html = read(EVENT);
    const card = [...page(EVENT).querySelectorAll("a.card")].find((a) => a.getAttribute("href") === REMOTE_PICTURE)!;
    assert.ok(card, "a card links to the picture's page");
    assert.match(card.textContent!, /Image.*A photo hosted elsewhere/);
    assert.ok(!html.includes(`src="${REMOTE_PICTURE}`) && !html.includes(`srcset="${REMOTE_PICTURE}`));
  });

  test("a local PDF is published as it is and shown as a card", () => {
    const card = page(EVENT).querySelector('a.card[href="/media/files/aid-report.pdf"]')!;
    assert.match(card.textContent!, /Document.*Aid report/);
    assert.match(readFileSync(join(site, "media/files/aid-report.pdf"), "utf8"), /^%PDF/);
  });

  test("on other-language pages the alt text, titles and captions are marked as the main language's", () => {
    const doc = page("/ar" + EVENT);
    assert.equal(doc.querySelector("figure.media-image img")!.getAttribute("lang"), "en");
    assert.equal(doc.querySelector(".facade-title")!.getAttribute("lang"), "en");
    assert.match(doc.querySelector("figure.media-image figcaption")!.innerHTML, /المصدر: <bdi lang="en" dir="ltr">Datelines test desk<\/bdi>/);
  });
});

describe("print, exports and feeds", () => {
  test("the print chronology shows the picture as a figure in its fallback format, with caption and credit", () => {
    const figure = page("/print/").querySelector(".entry-body figure.media")!;
    assert.equal(figure.querySelectorAll("source").length, 0);
    assert.match(figure.querySelector("img")!.getAttribute("srcset")!, /\.png 640w$/);
    assert.match(figure.querySelector("figcaption")!.textContent!, /Aid in two batches Credit: Datelines test desk/);
    assert.match(page("/print/").querySelector(".media-ref")!.textContent!, /Video: The team lands in Vientiane https:\/\/www\.youtube\.com/);
  });

  test("/events.json gives each item its kind and the address to use", () => {
    const [event] = readEventsExport<{ media: Record<string, unknown>[] }>(site).events;
    const [picture, video, remote, pdf] = event!.media;
    assert.equal(picture!.kind, "image");
    assert.match(String(picture!.url), /^https:\/\/datelines\.example\.org\/media\/[\w-]+-640\.png$/);
    assert.deepEqual([picture!.width, picture!.height], [640, 360]);
    assert.deepEqual([video!.kind, video!.url], ["video", YOUTUBE]);
    assert.deepEqual([remote!.kind, remote!.url], ["image", REMOTE_PICTURE]);
    assert.deepEqual([pdf!.kind, pdf!.url], ["document", "https://datelines.example.org/media/files/aid-report.pdf"]);
  });

  test("TimelineJS gets the picture the site published", () => {
    const [slide] = JSON.parse(read("timelinejs.json")).events as { media?: { url: string; alt?: string } }[];
    assert.match(slide!.media!.url, /^https:\/\/datelines\.example\.org\/media\/[\w-]+-640\.png$/);
    assert.equal(slide!.media!.alt, "Two bars, the second twice as long as the first");
  });

  test("Atom: enclosures parsed by an independent parser, and the feed still valid against RFC 4287", async () => {
    const xml = read("feed.xml");
    assert.deepEqual(await atomSchemaErrors(xml), []);
    const { items } = await parseFeed(xml);
    const item = items.find((i) => i.link.endsWith(EVENT))!;
    assert.deepEqual(item.enclosures.map((e) => e.type), ["image/png", "application/pdf"]);
    assert.match(item.enclosures[0]!.url, /^https:\/\/datelines\.example\.org\/media\/.+\.png$/);
    assert.ok(Number(item.enclosures[0]!.length) > 0);
    assert.match(item.description, /<img src="https:\/\/datelines\.example\.org\/media\/[^"]+\.png" width="640" height="360" alt="Two bars/);
  });

  test("RSS: one enclosure; JSON Feed: image and attachments", async () => {
    const { items } = await parseFeed(read("rss.xml"));
    const rss = items.find((i) => i.link.endsWith(EVENT))!;
    assert.equal(rss.enclosures.length, 1);
    assert.equal(rss.enclosures[0]!.type, "image/png");
    const feed = JSON.parse(read("feed.json")) as { items: { url: string; image?: string; attachments?: { url: string; mime_type: string; size_in_bytes: number }[] }[] };
    const json = feed.items.find((i) => i.url.endsWith(EVENT))!;
    assert.match(json.image!, /\.png$/);
    assert.deepEqual(json.attachments!.map((a) => a.mime_type), ["image/png", "application/pdf"]);
    assert.ok(json.attachments!.every((a) => a.size_in_bytes > 0 && a.url.startsWith("https://datelines.example.org/media/")));
    assert.equal(feed.items.find((i) => !i.url.endsWith(EVENT))!.attachments, undefined);
  });
});
