/**
 * Numbers every citation of the chronology as a note, in reading order, so the
 * printed page can carry superscript references and a notes section.
 */
import type { CitationView, EventView } from "../site/timeline.ts";

export interface Note extends CitationView {
  number: number;
}

export interface NotedEvent {
  event: EventView;
  notes: Note[];
}

export function numberNotes(events: readonly EventView[]): { events: NotedEvent[]; notes: Note[] } {
  const notes: Note[] = [];
  const noted = events.map((event) => ({
    event,
    notes: event.cites.map((c) => {
      const note = { ...c, number: notes.length + 1 };
      notes.push(note);
      return note;
    }),
  }));
  return { events: noted, notes };
}
