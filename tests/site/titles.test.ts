/**
 * Every page's title (what the tab shows) and meta description (what search engines and
 * link previews show) read as the data says: escaped once, never "China&#39;s" or "&amp;".
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";

interface Language {
  lang: string;
  prefix: string;
  title?: string;
  description?: string;
}
const site = JSON.parse(readFileSync(join(ROOT, "_data", "site.json"), "utf8")) as { title: string; description: string; languages: Language[] };
const exported = readEventsExport<{ url: string; headline: string; label: string; summary: string }>(SITE);

/** The page's language: the longest prefix its path starts with. */
const languageOf = (path: string) =>
  [...site.languages].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => l.prefix === "" || path.startsWith(`${l.prefix}/`))!;
/** A language's path prefix, "/zh" say, or none. */
const languagePrefix = `(?:${site.languages.filter((l) => l.prefix).map((l) => `/${l.prefix}`).join("|")})?`;
const text = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

const pages = readdirSync(SITE, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".html"))
  .map((file) => {
    const path = `/${file.replace(/index\.html$/, "")}`;
    const { document } = parseHTML(readFileSync(join(SITE, file), "utf8"));
    return {
      path,
      language: languageOf(path),
      title: text(document.title),
      description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
      h1: text(document.querySelector("h1")?.textContent),
    };
  });

test("no title or description shows a character reference as text", () => {
  assert.ok(pages.length > 50, `only ${pages.length} pages in ${SITE}`);
  const shown = pages.flatMap((p) => [p.title, p.description].filter((s) => /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(s)).map((s) => `${p.path}: ${s.slice(0, 90)}`));
  assert.deepEqual(shown, [], `${shown.length} titles or descriptions are escaped twice`);
});

test("every title is the page's own name, then the site title in the page's language", () => {
  for (const page of pages) {
    const siteTitle = page.language.title ?? site.title;
    assert.ok(page.title === siteTitle || page.title.endsWith(` · ${siteTitle}`), `${page.path}: ${page.title}`);
    // Pages named for one record (event, country, tag, source) show that name in the tab and as the heading.
    if (new RegExp(`^${languagePrefix}/(?:events|countries|tags|sources|groups)/[^/]+/$`).test(page.path)) assert.equal(page.title, `${page.h1} · ${siteTitle}`, page.path);
  }
});

test("an event page's title and description are its headline, date and summary, as in the data", () => {
  for (const event of exported.events) {
    const page = pages.find((p) => p.path === new URL(event.url).pathname);
    assert.ok(page, event.url);
    assert.equal(page.title, `${event.headline} · ${site.title}`);
    assert.equal(page.description, `${event.label}: ${event.summary}`);
  }
  // An event's embed (/embed/events/<id>/) describes the event too.
  for (const event of exported.events) {
    const path = new URL(event.url).pathname.replace(/\/events\//, "/embed/events/");
    assert.equal(pages.find((p) => p.path === path)?.description, `${event.label}: ${event.summary}`, path);
  }
  for (const page of pages.filter((p) => !/\/events\/[^/]+\/$/.test(p.path))) {
    assert.equal(page.description, page.language.description ?? site.description, page.path);
  }
});
