/**
 * `npm run bench:pages`: the weight of each page type in the built site (_site/, or the
 * folder given), raw and gzip-compressed, with the stylesheet and scripts it loads.
 * Build first (`npm run build`). Reports; asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readEventsExport } from "../support/events-export.ts";

const site = process.argv[2] ?? "_site";
const exported = readEventsExport<{ url: string; countries: string[]; tags: string[] }>(site);
const path = (url: string) => new URL(url).pathname;
const event = exported.events[0]!;

const pages: [string, string, string][] = [
  ["core", "timeline (front page)", "/"],
  ["core", "month archive", `/${event.url.match(/\/events\/(\d{4})-(\d{2})/)?.slice(1, 3).join("/") ?? "2020/03"}/`],
  ["core", "event page", path(event.url)],
  ["core", "sources index", "/sources/"],
  ["core", "methodology", "/methodology/"],
  ["core", "print chronology", "/print/"],
  ["explore", "countries index + world map", "/countries/"],
  ["explore", "country page + locator map", `/countries/${event.countries[0]!.toLowerCase()}/`],
  ["explore", "tags index", "/tags/"],
  ["explore", "tag page", `/tags/${exported.events.find((e) => e.tags.length)!.tags[0]}/`],
  ["explore", "search page", "/search/"],
  ["explore", "search manifest (loaded on search)", "/search/manifest.json"],
  ["explore", "search words file 0 (of those a query needs)", "/search/words/0.json"],
  ["explore", "search docs file 0 (records of four events)", "/search/docs/0.json"],
  ["explore", "Arabic front page", "/ar/"],
  ["explore", "Chinese event page", `/zh${path(event.url)}`],
  ["embed", "embed, latest events (in an article's iframe)", "/embed/"],
  ["embed", "embed opened at an event", `/embed/events/${event.url.match(/\/events\/([^/]+)\//)?.[1]}/`],
  ["embed", "embed code page", "/embed/code/"],
  ["embed", "oEmbed JSON (front page)", "/oembed.json"],
  ["assets", "site.css", "/assets/site.css"],
  ["assets", "print.css", "/assets/print.css"],
  ["assets", "filter.js", "/assets/filter.js"],
  ["assets", "search.js", "/assets/search.js"],
  ["assets", "embed.css (embed pages)", "/assets/embed.css"],
  ["assets", "embed-frame.js (embed pages)", "/assets/embed-frame.js"],
  ["assets", "embed.js (the loader, in the article)", "/assets/embed.js"],
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`## Page weight (${site}, ${exported.events.length} events)\n`);
console.log("| kind | page | path | size | gzip |\n| --- | --- | --- | ---: | ---: |");
for (const [kind, name, url] of pages) {
  const file = join(site, url.endsWith("/") ? `${url}index.html` : url);
  if (!existsSync(file)) {
    console.log(`| ${kind} | ${name} | \`${url}\` | missing | |`);
    continue;
  }
  const bytes = readFileSync(file);
  console.log(`| ${kind} | ${name} | \`${url}\` | ${kb(bytes.length)} | ${kb(gzipSync(bytes).length)} |`);
}
