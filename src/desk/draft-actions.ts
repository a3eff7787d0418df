/**
 * What an editor does with a draft in the desk: accept it (a new event, status "draft", with an
 * id from its headline), merge it into an existing event as another citation, dismiss it (and
 * undo that). Each change is validated as the build would before anything is written, written
 * atomically with a minimal edit, and the source's drafts are then made again as `extract` would.
 */
import { join } from "node:path";
import { draftsPath, findDraft, serializeDrafts } from "../curate/drafts-store.ts";
import { draftsFor } from "../curate/extract-drafts.ts";
import { buildEvent, eventIdFor, PromoteError } from "../curate/promote.ts";
import { slugify } from "../core/slug.ts";
import { matchCurated, type CuratedEvent } from "../extract/drafts/propose.ts";
import type { Draft, DraftsFile } from "../extract/drafts/schema.ts";
import { formatProblem, loadDataset } from "../validate/index.ts";
import { checkEventsFile } from "./check.ts";
import { addDismissal, dismissalKey, dismissalOf, removeDismissal } from "./dismissals.ts";
import { eventsDir, eventsIn, eventsSchemaRef, findStoredEvent, locate, monthFile } from "./events-store.ts";
import { readText, updateFile } from "./files.ts";
import { editJson } from "./json-edit.ts";
import type { Workspace } from "./workspace.ts";

/** An action the desk refuses, with what to do; nothing was written. */
export class DeskRefusal extends Error {
  override name = "DeskRefusal";
  constructor(message: string, readonly details: string[] = []) {
    super(message);
  }
}

async function draftOrRefuse(ws: Workspace, draftId: string): Promise<{ draft: Draft; file: DraftsFile }> {
  const found = await findDraft(ws.data, draftId);
  if (!found) throw new DeskRefusal(`Draft ${draftId} is no longer proposed (the drafts were made again, or it was dismissed or accepted meanwhile); reload the queue.`);
  return found;
}

/** The id an accepted draft gets: the one typed, else one made from the headline, else from its places. */
export function acceptedId(draft: Draft, headline: string, id: string): string {
  try {
    const given = id.trim() || slugify(headline);
    return eventIdFor(draft, given || undefined);
  } catch (error) {
    if (error instanceof PromoteError) throw new DeskRefusal(`The id "${id}" has no letters or digits a permalink can use: write it in Latin letters, e.g. arrives-in-laos.`);
    throw error;
  }
}

export async function acceptDraft(ws: Workspace, draftId: string, input: { headline: string; id: string }): Promise<string> {
  const { draft, file } = await draftOrRefuse(ws, draftId);
  if (draft.matches) throw new DeskRefusal(`This draft's passage is already cited by event "${draft.matches}": edit that event instead.`);
  const loaded = await loadDataset({ root: ws.root, data: ws.data });
  if (!loaded.ok) throw new DeskRefusal("The data has problems that stop the build; fix them first:", loaded.problems.map(formatProblem));
  const overlapping = matchCurated(loaded.dataset.events, draft.source, draft.evidence, draft.date);
  if (overlapping) throw new DeskRefusal(`Event "${overlapping.id}" already cites this passage: edit it, or merge this draft into it as a citation.`);
  const eventId = acceptedId(draft, input.headline, input.id);
  if (loaded.dataset.events.some((e) => e.id === eventId)) throw new DeskRefusal(`An event with id "${eventId}" already exists: choose another id.`);
  const event = buildEvent(draft, eventId, ws.now());
  if (input.headline.trim()) event.headline = input.headline.trim();
  const name = monthFile(draft.date.start);
  await updateFile(join(eventsDir(ws.data), name), async (text) => {
    const before = text === undefined ? [] : eventsIn(text);
    if (!before) throw new DeskRefusal(`events/${name} is not a valid events file; fix it first (datelines validate).`);
    // Checked again on the file as it is now: another editor may have accepted the same passage meanwhile.
    const now = matchCurated(before.filter(isCurated), draft.source, draft.evidence, draft.date);
    if (now) throw new DeskRefusal(`Event "${now.id}" was just written citing this passage (another editor?): edit it instead.`);
    if (before.some((e) => e.id === eventId)) throw new DeskRefusal(`An event with id "${eventId}" was just written: choose another id.`);
    const after = text === undefined ? `${JSON.stringify({ $schema: eventsSchemaRef(ws.root, ws.data), events: [event] }, null, 2)}\n` : editJson(text, ["events"], before, [...before, event]);
    await refuseProblems(ws, name, after, before.length);
    return { text: after, result: undefined };
  });
  await refreshDrafts(ws, draft.source, file);
  return eventId;
}

/** Adds the draft's passage to an existing event as another citation (a corroborating report). */
export async function mergeDraft(ws: Workspace, draftId: string, eventId: string): Promise<void> {
  if (!eventId) throw new DeskRefusal("Choose the event this draft reports, then add it as a citation.");
  const { draft, file } = await draftOrRefuse(ws, draftId);
  const stored = await findEventFile(ws, eventId);
  const citation = { source: draft.source, quote: draft.evidence.quote, lang: draft.evidence.lang, start: draft.evidence.start, end: draft.evidence.end };
  await updateFile(stored, async (text) => {
    const found = text === undefined ? undefined : locate(text, stored.split("/").at(-1)!, stored, eventId);
    if (!found || text === undefined) throw new DeskRefusal(`Event "${eventId}" is no longer in the data; reload.`);
    const citations = (found.value.citations as unknown[] | undefined) ?? [];
    const after = editJson(text, ["events", found.index], found.value, { ...found.value, citations: [...citations, citation], updated: ws.now() });
    await refuseProblems(ws, found.file, after, found.index);
    return { text: after, result: undefined };
  });
  await refreshDrafts(ws, draft.source, file);
}

/** Dismisses the draft: remembered in dismissed.json, and taken out of its drafts file now. Returns the key for undo. */
export async function dismissDraft(ws: Workspace, draftId: string): Promise<string> {
  const { draft } = await draftOrRefuse(ws, draftId);
  const dismissal = dismissalOf(draft, ws.now());
  await addDismissal(ws.data, dismissal);
  await updateFile(draftsPath(ws.data, draft.source), async (text) => {
    if (text === undefined) return { result: undefined };
    const file = JSON.parse(text) as DraftsFile;
    return { text: serializeDrafts({ ...file, drafts: file.drafts.filter((d) => d.id !== draft.id) }), result: undefined };
  });
  return dismissalKey(dismissal);
}

/** Undoes a dismissal: the draft is proposed again (its source's drafts are made again). */
export async function undoDismissal(ws: Workspace, key: string): Promise<{ source: string; refreshed: boolean } | undefined> {
  const removed = await removeDismissal(ws.data, key);
  if (!removed) return undefined;
  return { source: removed.source, refreshed: await proposeAgain(ws, removed.source) };
}

/** Makes the source's drafts again (as `extract --source` does), keeping its reference date; false if the data has problems. */
export async function proposeAgain(ws: Workspace, sourceId: string): Promise<boolean> {
  const text = await readText(draftsPath(ws.data, sourceId));
  return refreshDrafts(ws, sourceId, text === undefined ? undefined : (JSON.parse(text) as DraftsFile));
}

function isCurated(value: Record<string, unknown>): value is Record<string, unknown> & CuratedEvent {
  return typeof value.id === "string" && typeof value.date === "object" && Array.isArray(value.citations);
}

async function refuseProblems(ws: Workspace, file: string, text: string, index: number): Promise<void> {
  const checked = await checkEventsFile(ws.root, ws.data, file, text, index);
  if (checked.event.length) throw new DeskRefusal("The event would not validate, so nothing was written:", checked.event.map((p) => `${p.field || "event"}: ${p.message}`));
}

async function findEventFile(ws: Workspace, eventId: string): Promise<string> {
  const stored = await findStoredEvent(ws.data, eventId);
  if (!stored) throw new DeskRefusal(`There is no event "${eventId}".`);
  return stored.path;
}

/** Makes one source's drafts again, as `extract` does (keeping a reference date given with --published). */
export async function refreshDrafts(ws: Workspace, sourceId: string, previous?: DraftsFile): Promise<boolean> {
  const loaded = await loadDataset({ root: ws.root, data: ws.data });
  if (!loaded.ok) return false;
  const source = loaded.dataset.sources.find((s) => s.id === sourceId);
  if (!source) return false;
  const published = previous?.reference.basis === "option" ? previous.reference.date : undefined;
  const refreshed = await draftsFor(source, loaded.dataset, { root: ws.root, data: ws.data, source: source.id, published });
  await updateFile(draftsPath(ws.data, source.id), async () => ({ text: serializeDrafts(refreshed), result: undefined }));
  return true;
}
