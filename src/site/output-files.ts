/** The site's files written outside Eleventy (item pages, oEmbed responses, search files), each at its URL under the output folder. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Writes `content` at the site path `url` under `output`: a folder's URL (ending in "/") as its index.html. */
export function writeAtUrl(output: string, url: string, content: string): void {
  const file = join(output, decodeURI(url), url.endsWith("/") ? "index.html" : "");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
