/**
 * Open Graph and Twitter card metadata in the built sample: on the front page and an event page
 * of each language, with the share image each names, a 1200×630 PNG that the site serves.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { SITE } from "../support/build.ts";

const ORIGIN = "https://datelines.example.org";
const LANGUAGES = [
  { prefix: "", locale: "en_US", lang: "en" },
  { prefix: "/zh", locale: "zh_CN", lang: "zh-Hans" },
  { prefix: "/ar", locale: "ar_AR", lang: "ar" },
  { prefix: "/th", locale: "th_TH", lang: "th" },
];
const EVENT = "2020-03-29-chinese-medical-expert-team-arrives-in-laos";

/** Every <meta property|name=… content=…> of a page, by key (repeated keys in order). */
function metaOf(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, key, content] of html.matchAll(/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)">/g)) {
    found.set(key!, [...(found.get(key!) ?? []), decode(content!)]);
  }
  return found;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function page(path: string): { html: string; meta: Map<string, string[]> } {
  const html = readFileSync(join(SITE, path, "index.html"), "utf8");
  return { html, meta: metaOf(html) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  assert.equal(png.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function assertImage(meta: Map<string, string[]>, expectedPath: string): void {
  const url = meta.get("og:image")?.[0];
  assert.equal(url, ORIGIN + expectedPath);
  assert.deepEqual(meta.get("twitter:image"), [url]);
  assert.deepEqual([meta.get("og:image:width"), meta.get("og:image:height"), meta.get("og:image:type")], [["1200"], ["630"], ["image/png"]]);
  assert.ok((meta.get("og:image:alt")?.[0] ?? "").length > 5, "the image has alt text");
  assert.deepEqual(meta.get("twitter:image:alt"), meta.get("og:image:alt"));
  assert.deepEqual(meta.get("twitter:card"), ["summary_large_image"]);
  const file = join(SITE, expectedPath);
  assert.ok(existsSync(file), `${expectedPath} is named but not built`);
  assert.deepEqual(pngSize(file), { width: 1200, height: 630 });
}

for (const { prefix, locale, lang } of LANGUAGES) {
  test(`${lang}: the front page's Open Graph and Twitter metadata, with the language's card`, () => {
    const { html, meta } = page(prefix || ".");
    const canonical = html.match(/<link rel="canonical" href="([^"]+)">/)![1];
    assert.deepEqual(meta.get("og:url"), [canonical]);
    assert.equal(canonical, `${ORIGIN}${prefix}/`);
    assert.deepEqual(meta.get("og:type"), ["website"]);
    assert.deepEqual(meta.get("og:locale"), [locale]);
    assert.deepEqual(
      meta.get("og:locale:alternate"),
      LANGUAGES.filter((l) => l.lang !== lang).map((l) => l.locale),
      "the other languages as alternates",
    );
    const title = meta.get("og:site_name")![0]!;
    assert.deepEqual(meta.get("og:title"), [title]);
    assert.deepEqual(meta.get("twitter:title"), [title]);
    assert.equal(html.match(/<title>([^<]*)<\/title>/)![1]!.replace(/&#39;/g, "'"), title);
    const description = decode(html.match(/<meta name="description" content="([^"]*)">/)![1]!);
    assert.deepEqual(meta.get("og:description"), [description]);
    assert.deepEqual(meta.get("twitter:description"), [description]);
    assertImage(meta, `${prefix}/share.png`);
  });

  test(`${lang}: an event page is an article sharing its own card`, () => {
    const { html, meta } = page(`${prefix}/events/${EVENT}`);
    assert.deepEqual(meta.get("og:type"), ["article"]);
    assert.deepEqual(meta.get("og:url"), [`${ORIGIN}${prefix}/events/${EVENT}/`]);
    const headline = decode(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!.replace(/<[^>]+>/g, "").trim());
    assert.deepEqual(meta.get("og:title"), [headline], "the headline, without the site's name");
    assert.ok(meta.get("og:image:alt")![0]!.endsWith(headline), "the image's alt text ends with the headline it shows");
    assertImage(meta, `${prefix}/events/${EVENT}/share.png`);
  });
}

test("other pages (lists, methodology, print) share their language's front-page card", () => {
  for (const path of ["countries", "zh/sources", "ar/methodology", "th/print"]) {
    const { meta } = page(path);
    assert.deepEqual(meta.get("og:type"), ["website"], path);
    assert.equal(meta.get("og:image")?.[0], `${ORIGIN}${/^(zh|ar|th)\//.test(path) ? `/${path.split("/")[0]}` : ""}/share.png`, path);
  }
});
