/** The queue, a document with its drafts, and what can be done with a draft. */
import { readDrafts } from "../curate/drafts-store.ts";
import { acceptDraft, acceptedId, DeskRefusal, dismissDraft, mergeDraft, proposeAgain, undoDismissal } from "./draft-actions.ts";
import { readDismissals } from "./dismissals.ts";
import { listEvents } from "./events-store.ts";
import { documentPage } from "./pages/document-page.ts";
import { html, type Notice } from "./pages/layout.ts";
import { queuePage, undoForm } from "./pages/queue-page.ts";
import { buildQueue, filterFromQuery, queueItems, type DocumentInfo } from "./queue.ts";
import { safeBack, withQuery, type DeskRequest, type DeskResponse } from "./routes.ts";
import { readDocument, readKeepTogether, readSources, type Workspace } from "./workspace.ts";

async function queueData(ws: Workspace) {
  const [sources, drafts, dismissals] = await Promise.all([readSources(ws.data), readDrafts(ws.data), readDismissals(ws.data)]);
  const documents: DocumentInfo[] = sources.map((s) => ({ id: s.id, title: s.title, lang: s.lang }));
  return { sources, documents, drafts, dismissals };
}

export async function queueRoute({ ws, url }: DeskRequest): Promise<DeskResponse> {
  const { documents, drafts, dismissals } = await queueData(ws);
  const filter = filterFromQuery(url.searchParams);
  const queue = buildQueue(documents, drafts.files, dismissals, filter);
  const all = buildQueue(documents, drafts.files, dismissals).flatMap((q) => q.items);
  return {
    html: queuePage({
      queue,
      filter,
      languages: [...new Set(documents.map((d) => d.lang))].sort(),
      countries: [...new Set(all.flatMap((i) => i.countries))].sort(),
      unreadable: drafts.unreadable,
      notices: undoNotice(url, url.pathname + url.search),
    }),
  };
}

/** "Dismissed. Undo" after a dismissal; "Restored" after an undo. */
function undoNotice(url: URL, back: string): Notice[] {
  const key = url.searchParams.get("dismissed");
  if (key) return [{ kind: "done", body: html`Dismissed: it will not be proposed again. ${undoForm(key, back.replace(/[?&]dismissed=[^&#]*/, ""))}` }];
  if (url.searchParams.get("undone") === "1") return [{ kind: "done", body: "The draft is back in the queue." }];
  if (url.searchParams.get("proposed") === "1") return [{ kind: "done", body: "The drafts were proposed again from the document." }];
  const stale = url.searchParams.get("undone") === "later" || url.searchParams.get("proposed") === "later";
  if (stale) return [{ kind: "problem", body: "The data has problems that stop the build (datelines validate lists them), so the drafts could not be made again; they will be once the problems are fixed and `datelines extract` runs." }];
  return [];
}

export async function documentRoute(request: DeskRequest, refusal?: { message: Notice; typed: { headline: string; id: string } }): Promise<DeskResponse> {
  const { ws, url, params } = request;
  const { documents, drafts, dismissals, sources } = await queueData(ws);
  const document = documents.find((d) => d.id === params[0]);
  const source = sources.find((s) => s.id === params[0]);
  if (!document || !source) return { status: 404, text: `There is no source "${params[0]}" in sources.json.\n` };
  const text = await readDocument(ws.data, source);
  if (text === undefined) return { status: 404, text: `The document of "${source.id}" (documents/${source.file}) cannot be read.\n` };
  const filter = filterFromQuery(url.searchParams);
  const file = drafts.files.find((f) => f.source === document.id);
  const queue = buildQueue([document], file ? [file] : [], dismissals, filter)[0]!;
  const all = queueItems(file, dismissals, document.id);
  const wanted = url.searchParams.get("draft");
  const current = all.find((i) => i.id === wanted) ?? queue.items.find((i) => i.status === "new") ?? queue.items[0];
  const events = (await listEvents(ws.data)).flatMap((e) => (e.date ? [{ id: e.id, headline: e.headline, date: e.date }] : []));
  // A drafts file set aside (made under another extraction policy, or not a drafts file): say why beside the Propose button.
  const unread = drafts.unreadable.find((u) => u.file === `${document.id}.json`);
  const setAside: Notice[] = unread ? [{ kind: "problem", body: html`Its drafts file was not read: ${unread.reason}.` }] : [];
  return {
    status: refusal ? 409 : 200,
    html: documentPage({
      queue,
      all,
      text,
      keep: await readKeepTogether(ws.data, document.lang),
      filter,
      ...(current ? { current } : {}),
      ...(current?.draft ? { suggestedId: safeId(current.draft) } : {}),
      events,
      ...(refusal ? { typed: refusal.typed } : {}),
      notices: [...setAside, ...undoNotice(url, url.pathname + url.search), ...(refusal ? [refusal.message] : [])],
    }),
  };
}

function safeId(draft: Parameters<typeof acceptedId>[0]): string {
  try {
    return acceptedId(draft, "", "");
  } catch {
    return "";
  }
}

/** Runs a change; a refusal re-shows the document page with what was typed and why. */
async function refusable(request: DeskRequest, source: string | undefined, change: () => Promise<DeskResponse>): Promise<DeskResponse> {
  try {
    return await change();
  } catch (error) {
    if (!(error instanceof DeskRefusal)) throw error;
    const message: Notice = { kind: "problem", body: html`${error.message}${error.details.length ? html`<ul>${error.details.map((d) => html`<li>${d}</li>`)}</ul>` : ""}` };
    if (!source) return { status: 409, html: `<!DOCTYPE html><title>Not done</title><p>${error.message}</p><p><a href="/">Back to the drafts</a></p>` };
    const back = new URL(safeBack(request.body.get("back"), `/documents/${source}`), "http://desk");
    back.searchParams.set("draft", request.params[0] ?? "");
    return documentRoute({ ...request, url: back, params: [source] }, { message, typed: { headline: request.body.get("headline") ?? "", id: request.body.get("id") ?? "" } });
  }
}

async function sourceOfDraft(ws: Workspace, id: string | undefined): Promise<string | undefined> {
  const { files } = await readDrafts(ws.data);
  return files.find((f) => f.drafts.some((d) => d.id === id))?.source;
}

export async function acceptRoute(request: DeskRequest): Promise<DeskResponse> {
  const { ws, body, params } = request;
  const source = await sourceOfDraft(ws, params[0]);
  return refusable(request, source, async () => {
    const eventId = await acceptDraft(ws, params[0]!, { headline: body.get("headline") ?? "", id: body.get("id") ?? "" });
    return { redirect: `/events/${encodeURIComponent(eventId)}?accepted=1` };
  });
}

export async function mergeRoute(request: DeskRequest): Promise<DeskResponse> {
  const { ws, body, params } = request;
  const source = await sourceOfDraft(ws, params[0]);
  return refusable(request, source, async () => {
    const eventId = body.get("event") ?? "";
    await mergeDraft(ws, params[0]!, eventId);
    return { redirect: `/events/${encodeURIComponent(eventId)}?merged=1` };
  });
}

export async function dismissRoute(request: DeskRequest): Promise<DeskResponse> {
  const { ws, body, params } = request;
  const source = await sourceOfDraft(ws, params[0]);
  return refusable(request, source, async () => {
    const key = await dismissDraft(ws, params[0]!);
    const back = safeBack(body.get("back"), `/documents/${source ?? ""}`);
    return { redirect: withQuery(back, { dismissed: key }) };
  });
}

export async function undoRoute({ ws, body }: DeskRequest): Promise<DeskResponse> {
  const undone = await undoDismissal(ws, body.get("key") ?? "");
  const back = safeBack(body.get("back"), undone ? `/documents/${undone.source}` : "/");
  return { redirect: withQuery(back, { undone: undone?.refreshed === false ? "later" : "1" }) };
}

/** Proposes a document's drafts again (after a clone, where drafts are not in git, or after editing the source). */
export async function proposeRoute({ ws, params, body }: DeskRequest): Promise<DeskResponse> {
  const done = await proposeAgain(ws, params[0]!);
  return { redirect: withQuery(safeBack(body.get("back"), `/documents/${encodeURIComponent(params[0]!)}`), { proposed: done ? "1" : "later" }) };
}

