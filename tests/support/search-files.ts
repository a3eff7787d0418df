/** A built language's search index read back from its files (src/site/search/search-files.ts): every word with its docs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { route } from "../../src/site/routes.ts";
import { decodeDocs } from "../../src/site/search/postings.ts";
import type { SearchManifest } from "../../src/site/search/search-files.ts";

export function readSearchWords(site: string, prefix = ""): Record<string, number[]> {
  const read = (url: string) => JSON.parse(readFileSync(join(site, url), "utf8")) as unknown;
  const manifest = read(route("searchManifest", prefix)) as SearchManifest;
  const words: Record<string, number[]> = {};
  manifest.wordFiles.forEach((_, n) => {
    for (const [word, docs] of Object.entries(read(manifest.words.replace("{n}", String(n))) as Record<string, string>)) words[word] = decodeDocs(docs);
  });
  return words;
}
