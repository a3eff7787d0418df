/**
 * What a build makes once per event view and reuses on every page that shows the event (its feed
 * entries, embed items, print entries, calendar entry). Kept for one run: a large language is built
 * in parts, a run each, in one process (build-session.ts), and what a part made for its events must
 * not fill the heap of the parts after it. Serving keeps it across runs, as the views are the
 * server's own; a view patched with a newer record (text-edits.ts) is made again.
 */
import type { EventView } from "./views.ts";

const memos = new Set<ViewMemo<unknown>>();

export class ViewMemo<T> {
  #made = new WeakMap<EventView, { event: EventView["event"]; value: T }>();

  constructor() {
    memos.add(this);
  }

  /** What `make` returned for `view` and the record it shows, made now if not yet. */
  get(view: EventView, make: () => T): T {
    const known = this.#made.get(view);
    if (known?.event === view.event) return known.value;
    const value = make();
    this.#made.set(view, { event: view.event, value });
    return value;
  }

  forget(): void {
    this.#made = new WeakMap();
  }
}

/** Drops what every memo holds: called as a build's run starts. */
export function forgetViewMemos(): void {
  for (const memo of memos) memo.forget();
}
