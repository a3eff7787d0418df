/** Events: the list, the edit page, saving (and publishing), the live check and the preview. */
import { parse } from "jsonc-parser";
import { join } from "node:path";
import { COUNTRIES } from "./countries.ts";
import { formFromEvent, formFromParams, normalized, type EventForm } from "./event-form.ts";
import { findStoredEvent, listEvents } from "./events-store.ts";
import { readText } from "./files.ts";
import { differences, eventPage, type EventPageInput } from "./pages/event-page.ts";
import { formDateWords } from "./pages/event-sections.ts";
import { eventsPage, previewBanner } from "./pages/events-page.ts";
import { html, problemList, type Notice } from "./pages/layout.ts";
import { deskPreviewHtml, renderEventPreview } from "./preview.ts";
import type { DeskRequest, DeskResponse } from "./routes.ts";
import { saveEvent } from "./save-event.ts";
import { readDocument, readKeepTogether, readLanguages, readSources, type Workspace } from "./workspace.ts";

export async function eventsRoute({ ws }: DeskRequest): Promise<DeskResponse> {
  return { html: eventsPage(await listEvents(ws.data)) };
}

const DONE: Record<string, string> = {
  saved: "Saved.",
  accepted: "Accepted: the event is written with status draft. Write its headline and summary, check the date, countries and quote, then publish.",
  merged: "Added the draft's passage to this event as another citation.",
  published: "Published: the event appears on the site at the next build.",
};

export async function editRoute({ ws, url, params }: DeskRequest): Promise<DeskResponse> {
  const stored = await findStoredEvent(ws.data, params[0]!);
  if (!stored) return { status: 404, html: missingPage(params[0]!) };
  const languages = await readLanguages(ws.data);
  const notices: Notice[] = Object.entries(DONE).filter(([k]) => url.searchParams.has(k)).map(([, body]) => ({ kind: "done", body }));
  return { html: await editPage(ws, { was: params[0]!, base: stored.hash, form: formFromEvent(stored.value, languages.others), published: stored.value.status === "published", doc: url.searchParams.get("doc"), notices }) };
}

export async function saveRoute({ ws, body, params }: DeskRequest): Promise<DeskResponse> {
  const languages = await readLanguages(ws.data);
  const action = body.get("action") ?? "save";
  const form = normalized(formFromParams(body, languages.others));
  if (action === "publish") form.status = "published";
  const was = body.get("was") ?? params[0]!;
  const outcome = await saveEvent(ws, { was, base: body.get("base") ?? "", form });
  const doc = body.get("doc");
  if (outcome.kind === "saved") {
    const id = encodeURIComponent(outcome.id);
    if (action === "preview") return { redirect: `/events/${id}/preview?lang=${encodeURIComponent(languages.main)}` };
    return { redirect: `/events/${id}?${action === "publish" ? "published" : "saved"}=1` };
  }
  if (outcome.kind === "missing") return { status: 404, html: missingPage(was) };
  const stored = await findStoredEvent(ws.data, was);
  const published = stored?.value.status === "published";
  if (outcome.kind === "conflict") {
    const conflict = differences(formFromEvent(outcome.disk, languages.others), form);
    return { status: 409, html: await editPage(ws, { was, base: outcome.hash, form, published, doc, conflict }) };
  }
  const notices: Notice[] = action === "publish" ? [{ kind: "problem", body: "Not published: the event still has problems (below). It keeps its status until they are fixed." }] : [];
  return { status: 422, html: await editPage(ws, { was, base: body.get("base") ?? "", form, published, doc, problems: outcome.problems, elsewhere: outcome.elsewhere, notices }) };
}

/** The live check: the form's date in words and its problems by field, without saving. */
export async function checkRoute({ ws, body, params }: DeskRequest): Promise<DeskResponse> {
  const languages = await readLanguages(ws.data);
  const form = normalized(formFromParams(body, languages.others));
  const outcome = await saveEvent(ws, { was: body.get("was") ?? params[0]!, base: "", form, dryRun: true });
  const problems = outcome.kind === "refused" ? outcome.problems : [];
  return { json: { words: formDateWords(form.date), problems } };
}

export async function previewRoute({ ws, url, params }: DeskRequest): Promise<DeskResponse> {
  const id = params[0]!;
  const result = await renderEventPreview(ws, id);
  if (!result.ok) {
    if ("missing" in result) return { status: 404, html: missingPage(id) };
    return { status: 409, html: `<!DOCTYPE html><html lang="en"><title>No preview</title><main><h1>No preview: the data has problems</h1>${problemList(result.problems, "Problems").value}<p><a href="/events/${encodeURIComponent(id)}">Back to editing</a></p></main></html>` };
  }
  const lang = url.searchParams.get("lang");
  const shown = result.pages.find((p) => p.lang === lang) ?? result.pages[0]!;
  const banner = previewBanner(id, result.pages.map((p) => p.lang), shown.lang);
  return { html: deskPreviewHtml(shown.html, id, result.pages, banner) };
}

function missingPage(id: string): string {
  return html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>No such event</title><link rel="stylesheet" href="/desk/desk.css"></head><body><main id="main"><h1>No event “${id}”</h1><p>It may have been renamed or removed on disk. <a href="/events">All events</a></p></main></body></html>`.value;
}

interface EditState {
  was: string;
  base: string;
  form: EventForm;
  published?: boolean;
  doc?: string | null;
  problems?: EventPageInput["problems"];
  elsewhere?: EventPageInput["elsewhere"];
  notices?: Notice[];
  conflict?: EventPageInput["conflict"];
}

async function editPage(ws: Workspace, state: EditState): Promise<string> {
  const [languages, sources, events, groups] = await Promise.all([readLanguages(ws.data), readSources(ws.data), listEvents(ws.data), readGroups(ws.data, ws)]);
  const wanted = state.doc ?? state.form.citations[0]?.source;
  const source = sources.find((s) => s.id === wanted) ?? sources.find((s) => s.id === state.form.citations[0]?.source);
  const text = source ? await readDocument(ws.data, source) : undefined;
  return eventPage({
    was: state.was,
    base: state.base,
    form: state.form,
    problems: state.problems ?? [],
    elsewhere: state.elsewhere ?? [],
    languages,
    sources,
    ...(source && text !== undefined ? { document: { source, text, keep: await readKeepTogether(ws.data, source.lang) } } : {}),
    completions: {
      tags: [...new Set(events.flatMap((e) => e.tags))].sort(),
      countries: [...COUNTRIES],
      used: [...new Set(events.flatMap((e) => e.countries))].sort(),
    },
    groups,
    published: state.published ?? false,
    notices: state.notices ?? [],
    ...(state.conflict ? { conflict: state.conflict } : {}),
  });
}

/** Groups from groups.json, labelled in the site's main language. */
async function readGroups(data: string, ws: Workspace): Promise<{ id: string; label: string }[]> {
  const value = parse((await readText(join(data, "groups.json"))) ?? "{}") as { groups?: { id?: unknown; label?: Record<string, string> }[] } | undefined;
  const main = (await readLanguages(ws.data)).main;
  return (value?.groups ?? []).flatMap((g) => (typeof g.id === "string" ? [{ id: g.id, label: g.label?.[main] ?? Object.values(g.label ?? {})[0] ?? g.id }] : []));
}
