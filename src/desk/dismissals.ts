/**
 * Dismissing drafts from the desk, and undoing it: entries added to and removed from
 * <data>/dismissed.json with minimal, conflict-safe edits. Reading the file, and leaving
 * dismissed drafts out of `extract`, is the curate stage's (src/curate/dismissals.ts).
 */
import { parse } from "jsonc-parser";
import { dismissalKey, dismissalsPath, type Dismissal } from "../curate/dismissals.ts";
import type { Draft } from "../extract/drafts/schema.ts";
import { updateFile } from "./files.ts";
import { editJson } from "./json-edit.ts";

export { dismissalKey, dismissalsPath, dismissedKeys, readDismissals, withoutDismissed, type Dismissal } from "../curate/dismissals.ts";

const NOTE =
  "Drafts dismissed in the desk (`datelines desk`): `datelines extract` leaves them out. " +
  "Undo in the desk, or delete an entry here, to see the draft again after the next extract.";

export function dismissalOf(draft: Draft, now: string): Dismissal {
  return {
    source: draft.source,
    mention: { text: draft.mention.text, index: draft.mention.index },
    date: draft.date,
    quote: draft.evidence.quote,
    confidence: draft.confidence,
    countries: draft.countries,
    dismissed: now,
  };
}

/** Adds a dismissal (once); the file is created on first use and otherwise edited in place. */
export async function addDismissal(data: string, dismissal: Dismissal): Promise<void> {
  const key = dismissalKey(dismissal);
  await updateFile(dismissalsPath(data), async (text) => {
    if (text === undefined) return { text: `${JSON.stringify({ note: NOTE, dismissed: [dismissal] }, null, 2)}\n`, result: undefined };
    const list = listIn(text);
    if (list.some((d) => dismissalKey(d) === key)) return { result: undefined };
    return { text: editJson(text, ["dismissed"], list, [...list, dismissal]), result: undefined };
  });
}

/** Removes the dismissal with this key; true if there was one. */
export async function removeDismissal(data: string, key: string): Promise<Dismissal | undefined> {
  return updateFile(dismissalsPath(data), async (text) => {
    if (text === undefined) return { result: undefined };
    const list = listIn(text);
    const found = list.find((d) => dismissalKey(d) === key);
    if (!found) return { result: undefined };
    return { text: editJson(text, ["dismissed"], list, list.filter((d) => d !== found)), result: found };
  });
}

function listIn(text: string): Dismissal[] {
  const value = parse(text) as { dismissed?: unknown } | undefined;
  if (!value || !Array.isArray(value.dismissed)) throw new Error("dismissed.json has no \"dismissed\" list; fix or delete the file");
  return value.dismissed as Dismissal[];
}
