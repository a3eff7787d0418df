/**
 * Every address the desk answers. GET shows a page; POST changes a file and redirects
 * (303) to the page that shows the result, so reloading never repeats a change — or, when the
 * change is refused, shows the same page again with the problems and what was typed.
 */
import type { Workspace } from "./workspace.ts";
import { acceptRoute, dismissRoute, documentRoute, mergeRoute, proposeRoute, queueRoute, undoRoute } from "./routes-drafts.ts";
import { checkRoute, editRoute, eventsRoute, previewRoute, saveRoute } from "./routes-events.ts";
import { addDocumentsRoute } from "./add-documents.ts";

export interface DeskRequest {
  ws: Workspace;
  url: URL;
  /** The posted form (empty for GET). */
  body: URLSearchParams;
  /** The files a form posted as multipart/form-data (documents to add). */
  files?: File[];
  /** The path's captured parts, decoded. */
  params: string[];
}

export interface DeskResponse {
  status?: number;
  html?: string;
  json?: unknown;
  text?: string;
  /** Redirect (303 See Other) to this address. */
  redirect?: string;
}

export interface Route {
  method: "GET" | "POST";
  path: RegExp;
  handle(request: DeskRequest): Promise<DeskResponse>;
}

const ID = "([^/]+)";

export const routes: Route[] = [
  { method: "GET", path: /^\/$/, handle: queueRoute },
  { method: "GET", path: new RegExp(`^/documents/${ID}$`), handle: documentRoute },
  { method: "POST", path: /^\/documents\/add$/, handle: addDocumentsRoute },
  { method: "POST", path: new RegExp(`^/documents/${ID}/propose$`), handle: proposeRoute },
  { method: "POST", path: new RegExp(`^/drafts/${ID}/accept$`), handle: acceptRoute },
  { method: "POST", path: new RegExp(`^/drafts/${ID}/dismiss$`), handle: dismissRoute },
  { method: "POST", path: new RegExp(`^/drafts/${ID}/merge$`), handle: mergeRoute },
  { method: "POST", path: /^\/drafts\/undo$/, handle: undoRoute },
  { method: "GET", path: /^\/events$/, handle: eventsRoute },
  { method: "GET", path: new RegExp(`^/events/${ID}$`), handle: editRoute },
  { method: "POST", path: new RegExp(`^/events/${ID}$`), handle: saveRoute },
  { method: "POST", path: new RegExp(`^/events/${ID}/check$`), handle: checkRoute },
  { method: "GET", path: new RegExp(`^/events/${ID}/preview$`), handle: previewRoute },
];

/** A local address to return to (never another site). */
export function safeBack(value: string | null, fallback: string): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : fallback;
}

/** `path` with extra query parameters. */
export function withQuery(path: string, extra: Record<string, string>): string {
  const [base, hash] = path.split("#", 2) as [string, string | undefined];
  const url = new URL(base, "http://desk");
  for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
  return `${url.pathname}${url.search}${hash ? `#${hash}` : ""}`;
}
