/**
 * Following a part of the timeline: every country, tag, group and source page has its own
 * Atom, RSS and JSON feeds and calendar, found from the page (discovery links and visible
 * links) and in each language's OPML list; independent parsers accept them; an event keeps
 * one id in every feed, so a reader following two feeds sees it once.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { validateXML } from "xmllint-wasm";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";
import { atomSchemaErrors, parseFeed, rssDateErrors } from "../support/feeds.ts";

interface Exported {
  id: string;
  url: string;
  updated: string;
  countries: string[];
  tags: string[];
  group?: string;
  citations: { source: string }[];
}
const read = (file: string) => readFileSync(join(SITE, file), "utf8");
const site = JSON.parse(readFileSync(join(ROOT, "_data", "site.json"), "utf8")) as { url: string; feed: { entries: number }; languages: { lang: string; prefix: string }[] };
const { events } = readEventsExport<Exported>(SITE);
const KINDS = { countries: (e: Exported, key: string) => e.countries.some((c) => c.toLowerCase() === key), tags: (e: Exported, key: string) => e.tags.includes(key), groups: (e: Exported, key: string) => e.group === key, sources: (e: Exported, key: string) => e.citations.some((c) => c.source === key) };
type Kind = keyof typeof KINDS;

/** Every slice page of a language: "zh/countries/it/" … */
function slicePages(prefix: string): { kind: Kind; key: string; page: string }[] {
  return (Object.keys(KINDS) as Kind[]).flatMap((kind) =>
    readdirSync(join(SITE, prefix, kind), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
      .map((d) => ({ kind, key: d.name, page: `${prefix ? `${prefix}/` : ""}${kind}/${d.name}/` })),
  );
}
/** Each language's folder in the built site: "" for the main language, "zh" … */
const prefixes = site.languages.map((l) => l.prefix.replace(/^\//, ""));
const allSlices = prefixes.flatMap(slicePages);
/** The events of a slice, the most recently updated first, as its feeds list them. */
const sliceEvents = (kind: Kind, key: string) =>
  events.filter((e) => KINDS[kind](e, key)).sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : Date.parse(b.updated) - Date.parse(a.updated)));
/** An event's page in a language, as an absolute URL. */
const inLanguage = (url: string, prefix: string) => url.replace(site.url, `${site.url}${prefix ? `/${prefix}` : ""}`);

test("every country, tag, group and source page links its own feeds and calendar, then the whole timeline's", () => {
  assert.ok(allSlices.length > 40, `${allSlices.length} slice pages`);
  for (const { page } of allSlices) {
    const { document } = parseHTML(read(`${page}index.html`));
    const links = Array.from(document.querySelectorAll("head link[rel=alternate][type]"))
      .map((l) => [l.getAttribute("type"), l.getAttribute("href")])
      .filter(([type]) => type !== "application/json+oembed");
    const own = ["feed.xml", "rss.xml", "feed.json", "events.ics"].map((f) => `/${page}${f}`);
    const lang = page.match(/^(zh|ar|th)\//)?.[1];
    const whole = ["feed.xml", "rss.xml", "feed.json", "events.ics"].map((f) => `${lang ? `/${lang}` : ""}/${f}`);
    assert.deepEqual(links.map(([, href]) => href), [...own, ...whole], page);
    assert.deepEqual(links.map(([type]) => type).slice(0, 4), ["application/atom+xml", "application/rss+xml", "application/feed+json", "text/calendar"], page);
    for (const href of own) assert.ok(existsSync(join(SITE, href)), `${page}: ${href} is not built`);
    // Visible too: the reader sees where to subscribe and where to print.
    const visible = Array.from(document.querySelectorAll(".slice-tools a")).map((a) => a.getAttribute("href"));
    for (const href of [...own, `/${page}print/`, `${lang ? `/${lang}` : ""}/subscribe/`]) assert.ok(visible.includes(href), `${page}: no visible link to ${href}`);
    assert.ok(existsSync(join(SITE, page, "print/index.html")), `${page}: its print view is not built`);
  }
});

test("every feed and OPML file of every language is well-formed XML, every JSON Feed parses", async () => {
  const files = readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)(feed\.xml|rss\.xml|feeds\.opml)$/.test(f));
  assert.ok(files.length >= allSlices.length * 2 + prefixes.length * 3, `${files.length} XML feeds`);
  const { valid, errors } = await validateXML({ xml: files.map((f) => ({ fileName: f.replaceAll("/", "_"), contents: read(f) })), normalization: "format" });
  assert.deepEqual(errors.map((e) => e.rawMessage).slice(0, 5), []);
  assert.ok(valid);
  for (const f of readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("feed.json"))) {
    const feed = JSON.parse(read(f)) as { version: string; items: unknown[] };
    assert.equal(feed.version, "https://jsonfeed.org/version/1.1", f);
    assert.ok(feed.items.length <= site.feed.entries, `${f}: ${feed.items.length} items`);
  }
});

describe("a country, tag, group and source feed in each language", () => {
  for (const prefix of prefixes) {
    // One slice of each kind: the one with the most events, so that the check covers most entries.
    const sample = (Object.keys(KINDS) as Kind[]).map((kind) => slicePages(prefix).filter((s) => s.kind === kind).sort((a, b) => sliceEvents(b.kind, b.key).length - sliceEvents(a.kind, a.key).length)[0]!);
    for (const { kind, key, page } of sample) {
      test(`${page}: valid Atom, RSS and JSON Feed listing the slice's events, with the ids the main feeds use`, async () => {
        const expected = sliceEvents(kind, key).slice(0, site.feed.entries).map((e) => inLanguage(e.url, prefix));
        assert.ok(expected.length > 0, page);
        const atom = read(`${page}feed.xml`);
        assert.deepEqual(await atomSchemaErrors(atom), [], `${page}feed.xml`);
        const parsed = await parseFeed(atom);
        assert.equal(parsed.meta["#type"], "atom");
        assert.deepEqual(parsed.items.map((i) => i.guid), expected, `${page}feed.xml: entries`);
        assert.deepEqual(parsed.items.map((i) => i.link), expected);
        const rss = read(`${page}rss.xml`);
        assert.deepEqual(rssDateErrors(rss), []);
        assert.deepEqual((await parseFeed(rss)).items.map((i) => i.link), expected, `${page}rss.xml`);
        const json = JSON.parse(read(`${page}feed.json`)) as { home_page_url: string; feed_url: string; items: { id: string; url: string; content_html: string }[] };
        assert.deepEqual(json.items.map((i) => i.id), expected, `${page}feed.json`);
        // A slice's entries carry date and summary; the quotes stay on the event page and in the whole timeline's feed.
        for (const item of json.items) {
          assert.match(item.content_html, /^<p[^>]*><strong>[^<]+\.<\/strong> /, item.id);
          assert.doesNotMatch(item.content_html, /<blockquote/, item.id);
        }
        assert.equal(json.home_page_url, `${site.url}/${page}`);
        assert.equal(json.feed_url, `${site.url}/${page}feed.json`);
        // The same event in the whole timeline's feed has the same id.
        const main = JSON.parse(read(`${prefix ? `${prefix}/` : ""}feed.json`)) as { items: { id: string }[] };
        const shared = main.items.filter((i) => expected.includes(i.id));
        assert.ok(shared.length > 0, `${page}: no event in common with the main feed to compare`);
      });
    }
  }
});

test("each language's OPML lists every feed of that language once, each with its page", () => {
  for (const prefix of prefixes) {
    const file = `${prefix ? `${prefix}/` : ""}feeds.opml`;
    const { document } = parseHTML(read(file), "text/xml" as "text/html");
    assert.equal(document.querySelector("opml")?.getAttribute("version"), "2.0", file);
    const outlines = Array.from(document.querySelectorAll("outline")).filter((o) => o.hasAttribute("xmlUrl"));
    const listed = outlines.map((o) => o.getAttribute("xmlUrl"));
    const expected = [`${site.url}${prefix ? `/${prefix}` : ""}/feed.xml`, ...slicePages(prefix).map((s) => `${site.url}/${s.page}feed.xml`)];
    assert.deepEqual([...listed].sort(), expected.sort(), file);
    for (const o of outlines) {
      assert.equal(o.getAttribute("type"), "rss");
      assert.ok(o.getAttribute("text"), `${file}: an outline without text`);
      const html = o.getAttribute("htmlUrl")!;
      assert.ok(existsSync(join(SITE, new URL(html).pathname, "index.html")), `${file}: ${html} is not a page`);
    }
  }
});

test("the subscribe page explains feeds and calendars and links the OPML list, in every language", () => {
  for (const prefix of prefixes) {
    const path = `${prefix ? `${prefix}/` : ""}subscribe/index.html`;
    const { document } = parseHTML(read(path));
    const hrefs = Array.from(document.querySelectorAll("main a")).map((a) => a.getAttribute("href"));
    const base = prefix ? `/${prefix}` : "";
    for (const href of [`${base}/feeds.opml`, `${base}/feed.xml`, `${base}/events.ics`]) assert.ok(hrefs.includes(href), `${path}: no link to ${href}`);
    assert.ok((document.querySelector("main")?.textContent ?? "").length > 500, `${path}: too little explanation`);
    assert.equal(document.documentElement.getAttribute("lang"), site.languages.find((l) => l.prefix === base)!.lang);
  }
});
