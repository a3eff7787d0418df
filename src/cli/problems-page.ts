/**
 * While the data is invalid, `datelines serve` answers page requests with the problems instead
 * of the last good build; the page reloads itself and shows the site again once a build succeeds.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { dataStatus } from "../site/data-status.ts";
import { problemLocation, type Problem } from "../validate/index.ts";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function problemsPage(problems: readonly Problem[]): string {
  const n = problems.length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${n} data ${n === 1 ? "problem" : "problems"} · Datelines</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#8b0000;font-size:1.4rem}li{margin:.5rem 0}code{font-size:.95em;background:#f3f3f3;padding:0 .2em}</style>
</head><body><main><h1>The timeline data has ${n} ${n === 1 ? "problem" : "problems"}</h1>
<p>The site is not rebuilt until ${n === 1 ? "it is" : "they are"} fixed. This page reloads by itself and shows the site again once the data is valid.</p>
<ol>${problems.map((p) => `<li><code>${escape(problemLocation(p))}</code>: ${escape(p.message)}</li>`).join("")}</ol>
</main></body></html>`;
}

/** Dev-server middleware: HTML requests get the problems page while there are problems. */
export function problemsMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const wantsHtml = (req.headers.accept ?? "").includes("text/html");
  if (!dataStatus.problems.length || !wantsHtml) return next();
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(problemsPage(dataStatus.problems));
}
