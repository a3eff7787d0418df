/**
 * `datelines review`: serves the review page on this machine only (127.0.0.1), reading
 * the drafts afresh on every request, so re-running extract or promote shows at once.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readDrafts } from "./drafts-store.ts";
import { renderReview, type ReviewFilter } from "./review-page.ts";

export interface ReviewServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startReviewServer({ data, port = 8081, host = "127.0.0.1" }: { data: string; port?: number; host?: string }): Promise<ReviewServer> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
      return;
    }
    if (url.pathname !== "/") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: the review page is at /\n");
      return;
    }
    try {
      const { files, unreadable } = await readDrafts(data);
      const show = url.searchParams.get("show");
      const filter: ReviewFilter = {
        source: url.searchParams.get("source") || undefined,
        show: show === "new" || show === "matching" ? show : "all",
      };
      const body = renderReview({ files, unreadable, filter });
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`Cannot read the drafts: ${(error as Error).message}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
