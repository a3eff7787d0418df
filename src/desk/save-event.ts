/**
 * Saving the edit form: the event is rebuilt from the form, checked by the build's validation
 * with the file as it would be, and written only if it has no problem — with a minimal edit,
 * atomically, and only if nobody changed the event since the form was opened (otherwise the
 * editor is shown both versions and asked). Publishing is saving with status "published",
 * which the validation refuses while a placeholder or any other problem remains.
 */
import { checkEventsFile, type FieldProblem } from "./check.ts";
import { eventFromForm, type EventForm } from "./event-form.ts";
import { findStoredEvent, locate } from "./events-store.ts";
import { updateFile } from "./files.ts";
import { editJson } from "./json-edit.ts";
import type { Problem } from "../validate/index.ts";
import { readDocuments, type Workspace } from "./workspace.ts";

export type SaveOutcome =
  | { kind: "saved"; id: string; file: string; changed: boolean }
  | { kind: "refused"; problems: FieldProblem[]; elsewhere: Problem[] }
  /** The event changed on disk since the form was opened: `disk` is what is there now. */
  | { kind: "conflict"; disk: Record<string, unknown>; hash: string }
  | { kind: "missing" };

export interface SaveRequest {
  /** The id the event had when the form was opened. */
  was: string;
  /** Fingerprint of the event when the form was opened. */
  base: string;
  form: EventForm;
  /** Check only: nothing is written, and a change on disk is not a conflict. */
  dryRun?: boolean;
}

/** Text fields that still hold the promote template's placeholder. */
export function placeholderProblems(event: Record<string, unknown>): FieldProblem[] {
  const found: FieldProblem[] = [];
  const check = (field: string, value: unknown) => {
    if (typeof value === "string" && /\bTODO\b/.test(value)) found.push({ field, message: "still holds a placeholder: write it before publishing" });
  };
  check("headline", event.headline);
  check("summary", event.summary);
  for (const [lang, t] of Object.entries((event.translations ?? {}) as Record<string, Record<string, unknown>>)) {
    check(`translations.${lang}.headline`, t.headline);
    check(`translations.${lang}.summary`, t.summary);
  }
  return found;
}

export async function saveEvent(ws: Workspace, request: SaveRequest): Promise<SaveOutcome> {
  const first = await findStoredEvent(ws.data, request.was);
  if (!first) return { kind: "missing" };
  const documents = await readDocuments(ws.data, request.form.citations.map((c) => c.source));
  return updateFile<SaveOutcome>(first.path, async (text) => {
    const stored = text === undefined ? undefined : locate(text, first.file, first.path, request.was);
    if (!stored || text === undefined) return { result: { kind: "missing" } };
    if (stored.hash !== request.base && !request.dryRun) return { result: { kind: "conflict", disk: stored.value, hash: stored.hash } };
    const { event, notes } = eventFromForm(request.form, stored.value, { documents, now: ws.now() });
    notes.push(...(await idProblems(ws, request, stored.value)));
    const after = editJson(text, ["events", stored.index], stored.value, event);
    const checked = await checkEventsFile(ws.root, ws.data, stored.file, after, stored.index);
    const problems = merge(notes, checked.event, event.status === "published" ? placeholderProblems(event) : []);
    if (problems.length) return { result: { kind: "refused", problems, elsewhere: checked.elsewhere } };
    return { text: request.dryRun ? undefined : after, result: { kind: "saved", id: String(event.id), file: stored.file, changed: after !== text } };
  });
}

/** A new id must be free, and a published event keeps its id (its permalink). */
async function idProblems(ws: Workspace, { was, form }: SaveRequest, stored: Record<string, unknown>): Promise<FieldProblem[]> {
  if (form.id === was) return [];
  if (stored.status === "published") return [{ field: "id", message: `is the permalink of a published event (/events/${was}/): it cannot change; edit the headline instead` }];
  if (await findStoredEvent(ws.data, form.id)) return [{ field: "id", message: `"${form.id}" is the id of another event: choose another` }];
  return [];
}

/** Problems from the form, the validation and the placeholder check, one per field and message. */
function merge(...groups: FieldProblem[][]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const fields = new Set<string>();
  for (const group of groups) {
    const added = new Set<string>();
    for (const p of group) {
      if (fields.has(p.field)) continue;
      out.push(p);
      added.add(p.field);
    }
    for (const f of added) fields.add(f);
  }
  return out;
}
