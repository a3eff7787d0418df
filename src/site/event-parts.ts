/**
 * A partial that shows one event alike wherever it appears (its entry in every feed that lists
 * it, in three formats; its item in each of the thirteen embed pages around it), rendered once per
 * event view and variant instead of once per page. The partial sees only `entry`, its `timeline`
 * and the variant's values, so nothing of the page it lands on can leak into another.
 */
import type { EventView } from "./views.ts";
import type { TemplateRenderer } from "./templates.ts";
import { ViewMemo } from "./view-memo.ts";

const made = new ViewMemo<Map<string, string>>();

/** `template` rendered for `entry` with `variant`'s values (JSON-like), as made before for the same record. */
export function eventPart(env: TemplateRenderer, entry: EventView, template: string, variant: Record<string, string | number | boolean> = {}): string {
  const key = `${template}\u0000${JSON.stringify(variant)}`;
  const parts = made.get(entry, () => new Map());
  const known = parts.get(key);
  if (known !== undefined) return known;
  const html = env.render(template, { ...variant, entry, timeline: entry.timeline });
  parts.set(key, html);
  return html;
}
