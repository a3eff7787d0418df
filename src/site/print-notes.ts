/**
 * Numbers every citation of a printable chronology as a note, in reading order, so the
 * printed page can carry superscript references and a notes section.
 */
import type { CitationView, EventView } from "./views.ts";

/** A citation of the chronology with its note number, and which citation of which event it is. */
export interface Note extends CitationView {
  number: number;
  entry: EventView;
  index: number;
}

export interface NotedEntry {
  entry: EventView;
  notes: Note[];
}

/** `sourceCount`: how many sources the notes cite (the print title block says so). */
export function numberNotes(events: readonly EventView[]): { entries: NotedEntry[]; notes: Note[]; sourceCount: number } {
  const notes: Note[] = [];
  const entries = events.map((entry) => ({
    entry,
    notes: entry.cites.map((cite, index) => {
      const note = { ...cite, number: notes.length + 1, entry, index };
      notes.push(note);
      return note;
    }),
  }));
  return { entries, notes, sourceCount: new Set(notes.map((n) => n.sourceView)).size };
}
