/**
 * A partial that shows one event alike wherever it appears (its entry in every feed that lists
 * it, in three formats; its item in each of the thirteen embed pages around it), rendered once per
 * event view and variant instead of once per page. The partial sees only `entry`, its `timeline`
 * and the variant's values, so nothing of the page it lands on can leak into another.
 */
import type { EventView } from "./views.ts";

/** What renders a template by name: the Nunjucks environment the pages render with. */
export interface TemplateRenderer {
  render(name: string, context: object): string;
}

const made = new WeakMap<EventView, Map<string, { event: EventView["event"]; html: string }>>();

/** `template` rendered for `entry` with `variant`'s values (JSON-like), as made before for the same record. */
export function eventPart(env: TemplateRenderer, entry: EventView, template: string, variant: Record<string, string | number | boolean> = {}): string {
  const key = `${template}\u0000${JSON.stringify(variant)}`;
  const parts = made.get(entry) ?? made.set(entry, new Map()).get(entry)!;
  const known = parts.get(key);
  // Serving patches a view with a newer record (text-edits.ts): what was made from the older one is made again.
  if (known?.event === entry.event) return known.html;
  const html = env.render(template, { ...variant, entry, timeline: entry.timeline });
  parts.set(key, { event: entry.event, html });
  return html;
}
