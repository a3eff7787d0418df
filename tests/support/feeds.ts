/** Independent checks of feeds: a strict namespace-aware parser and the Atom RELAX NG schema. */
import FeedParser from "feedparser";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { validateXML } from "xmllint-wasm";

const ATOM_RNG = readFileSync(new URL("../feeds/atom.rng", import.meta.url), "utf8");

export async function parseFeed(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, normalize: true, addmeta: false });
    const items: FeedParser.Item[] = [];
    parser.on("error", reject);
    parser.on("readable", () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read())) items.push(item);
    });
    parser.on("end", () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** RFC 4287's RELAX NG schema; returns the validation errors (empty when valid). */
export async function atomSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "feed.xml", contents: xml }], schema: [ATOM_RNG], extension: "relaxng" });
  return result.errors.map((e) => e.rawMessage);
}

/** The rules a strict reader applies to RSS 2.0 that a lenient one lets pass. */
export function rssDateErrors(xml: string): string[] {
  const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
  return [...xml.matchAll(/<(pubDate|lastBuildDate)>([^<]*)</g)].filter((m) => !rfc822.test(m[2]!)).map((m) => `${m[1]}: ${m[2]}`);
}
