/**
 * Opens a built site (_site/) in a Playwright page without a web server: every
 * request to the site's origin is answered from disk, and any request elsewhere
 * is blocked and recorded, so a page that reaches outside its origin is caught.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { BrowserContext } from "playwright-core";

export const SITE_ORIGIN = "http://datelines.test";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
};

/** Routes the context to `dir`; returns the list of blocked foreign requests. */
export async function serveBuiltSite(context: BrowserContext, dir: string): Promise<string[]> {
  const foreign: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== SITE_ORIGIN) {
      foreign.push(url.href);
      return route.abort("blockedbyclient");
    }
    const file = await resolveFile(dir, decodeURIComponent(url.pathname));
    if (!file) {
      return route.fulfill({ status: 404, contentType: TYPES[".html"], body: await readFile(join(dir, "404.html")).catch(() => "Not found") });
    }
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: await readFile(file) });
  });
  return foreign;
}

async function resolveFile(dir: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, "");
  for (const candidate of [join(dir, safe), join(dir, safe, "index.html")]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
