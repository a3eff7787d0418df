/**
 * The desk's web server: plain node:http on 127.0.0.1. It answers only requests addressed to
 * itself (a page elsewhere cannot post forms to it, nor reach it by DNS rebinding), serves its
 * own stylesheet and script and the site's assets for previews, and hands everything else to
 * the routes. Pages are read from the files on every request, so edits made elsewhere show at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATES } from "../site/templates.ts";
import { faviconIco, faviconSvg } from "../site/favicon.ts";
import { routes, type DeskResponse } from "./routes.ts";
import { timestamp, type Workspace } from "./workspace.ts";

export interface DeskServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export interface DeskOptions {
  root: string;
  data: string;
  port?: number;
  /** The present (tests fix it); default: the clock. */
  now?: () => string;
}

const ASSETS = fileURLToPath(new URL("./assets/", import.meta.url));
const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2" };
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const MAX_BODY = 4 * 1024 * 1024;
/** Documents added at once (PDFs and Word files with pictures can be large). */
const MAX_FILES = 256 * 1024 * 1024;

export async function startDesk(options: DeskOptions): Promise<DeskServer> {
  const ws: Workspace = { root: options.root, data: options.data, now: options.now ?? (() => timestamp()) };
  const siteAssets = join(options.root, TEMPLATES.pages, "assets");
  let origin = "";
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: Error) => send(res, { status: 500, text: `The desk failed: ${error.message}\n` }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host && req.headers.host !== `localhost:${new URL(origin).port}`) {
      return send(res, { status: 421, text: "The desk answers only at its own address.\n" });
    }
    const url = new URL(req.url ?? "/", origin);
    if (req.method === "POST" && !sameOrigin(req)) return send(res, { status: 403, text: "Forms are accepted only from the desk's own pages.\n" });
    if (req.method === "GET" && url.pathname.startsWith("/desk/")) return sendFile(res, ASSETS, url.pathname.slice("/desk/".length));
    if (req.method === "GET" && url.pathname.startsWith("/assets/")) return sendFile(res, siteAssets, url.pathname.slice("/assets/".length));
    if (req.method === "GET" && url.pathname === "/favicon.svg") return void res.writeHead(200, { "content-type": TYPES[".svg"]! }).end(faviconSvg());
    if (req.method === "GET" && url.pathname === "/favicon.ico") return void res.writeHead(200, { "content-type": "image/x-icon" }).end(faviconIco());
    const { body, files } = req.method === "POST" ? await readForm(req) : { body: new URLSearchParams(), files: [] };
    for (const route of routes) {
      const match = route.method === req.method ? route.path.exec(url.pathname) : null;
      if (match) return send(res, await route.handle({ ws, url, body, files, params: match.slice(1).map(decodeURIComponent) }));
    }
    send(res, { status: req.method === "GET" ? 404 : 405, text: `Nothing at ${req.method} ${url.pathname}. The desk starts at /.\n` });
  }
  function sameOrigin(req: IncomingMessage): boolean {
    const from = req.headers.origin;
    const site = req.headers["sec-fetch-site"];
    if (from !== undefined && from !== origin && from !== origin.replace("127.0.0.1", "localhost")) return false;
    return site === undefined || site === "same-origin" || site === "none";
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8081, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    url: `${origin}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A posted form: its fields, and, for multipart/form-data (documents added), its files, parsed by
 * the Fetch API's own `Request.formData()`.
 */
async function readForm(req: IncomingMessage): Promise<{ body: URLSearchParams; files: File[] }> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) return { body: new URLSearchParams((await readBody(req, MAX_BODY)).toString("utf8")), files: [] };
  const form = await new Request("http://desk/", { method: "POST", headers: { "content-type": type }, body: new Uint8Array(await readBody(req, MAX_FILES)) }).formData();
  const body = new URLSearchParams();
  const files: File[] = [];
  for (const [name, value] of form) {
    if (typeof value === "string") body.append(name, value);
    else files.push(value);
  }
  return { body, files };
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(new Error(`the form is larger than ${limit / 1024 / 1024} MB`));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function sendFile(res: ServerResponse, dir: string, name: string): Promise<void> {
  const path = normalize(join(dir, name));
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return send(res, { status: 404, text: "Not found\n" });
  try {
    const bytes = await readFile(path);
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-cache", "x-content-type-options": "nosniff" });
    res.end(bytes);
  } catch {
    send(res, { status: 404, text: "Not found\n" });
  }
}

function send(res: ServerResponse, r: DeskResponse): void {
  const headers: Record<string, string> = { "cache-control": "no-store", "x-content-type-options": "nosniff", "content-security-policy": CSP, "referrer-policy": "same-origin" };
  if (r.redirect !== undefined) {
    res.writeHead(303, { ...headers, location: r.redirect }).end();
  } else if (r.json !== undefined) {
    res.writeHead(r.status ?? 200, { ...headers, "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(r.json));
  } else if (r.html !== undefined) {
    res.writeHead(r.status ?? 200, { ...headers, "content-type": "text/html; charset=utf-8" }).end(r.html);
  } else {
    res.writeHead(r.status ?? 200, { ...headers, "content-type": "text/plain; charset=utf-8" }).end(r.text ?? "");
  }
}
