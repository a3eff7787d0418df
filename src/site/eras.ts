/**
 * Eras (named periods from eras.json) as a language of the site shows them: labelled, with
 * their dates worded, and placed against the chronology: which events fall in each, and
 * where in a list each era begins.
 */
import { firstDay, lastDay, precisionOf } from "../core/partial-date.ts";
import type { Era } from "../schema/index.ts";
import { dateLabel } from "./date-label.ts";
import { termIn } from "./terms.ts";
import type { EraView, EventView } from "./views.ts";

export function eraViews(eras: readonly Era[], lang: string, mainLang: string): EraView[] {
  return [...eras]
    .sort((a, b) => firstDay(a.start).localeCompare(firstDay(b.start)) || a.id.localeCompare(b.id))
    .map((era) => {
      const name = termIn(era.label, lang, mainLang);
      return { id: era.id, label: name.text, lang: name.lang, dir: name.dir, start: era.start, end: era.end, dates: eraDates(era, lang) };
    });
}

/** "3 March – 13 April 2020": one range when both ends are as precise, else each end worded on its own. */
function eraDates({ start, end }: Era, lang: string): string {
  const [from, to] = [precisionOf(start)!, precisionOf(end)!];
  if (start === end) return dateLabel({ start, precision: from }, lang);
  if (from === to) return dateLabel({ start, end, precision: from }, lang);
  return `${dateLabel({ start, precision: from }, lang)} – ${dateLabel({ start: end, precision: to }, lang)}`;
}

/** True when an event's start (as a day, its first possible one) falls within the era, both ends included. */
export function inEra(era: EraView, start: string): boolean {
  const day = firstDay(start);
  return day >= firstDay(era.start) && day <= lastDay(era.end);
}

/** Gives each event (in chronological order) its eras, and the eras it is the first of. */
export function placeInEras(events: readonly EventView[], eras: readonly EraView[]): void {
  let previous: EraView[] = [];
  for (const entry of events) {
    entry.eras = eras.filter((era) => inEra(era, entry.event.date.start));
    entry.eraStarts = entry.eras.filter((era) => !previous.includes(era));
    previous = entry.eras;
  }
}
