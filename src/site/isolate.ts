/**
 * Values set into running text are isolated from it (<bdi>), so that a left-to-right value
 * in an Arabic sentence — a host name, an address, an English tag — neither drifts to the
 * far edge nor reorders the words around it, and an Arabic value in English likewise.
 */
import type { Term } from "./views.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A value as isolated HTML: a Term in its own language and direction, any other text in a <bdi>. */
export function isolated(value: string | number | Term): string {
  if (typeof value === "number") return String(value); // digits take the direction around them
  if (typeof value === "string") return `<bdi>${escapeHtml(value)}</bdi>`;
  return `<bdi lang="${escapeHtml(value.lang)}" dir="${value.dir}">${escapeHtml(value.text)}</bdi>`;
}

/** A UI string with `{name}` placeholders filled, as HTML: the string escaped, each value isolated. */
export function fillIsolated(template: string, values: Record<string, string | number | Term>): string {
  const parts = template.split(/(\{\w+\})/);
  return parts
    .map((part, i) => {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      if (key !== undefined && key in values) return isolated(values[key]!);
      // a value ending in a full stop ends the sentence too ("Обновлено 23 ноября 2026 г.")
      const value = i > 0 ? values[/^\{(\w+)\}$/.exec(parts[i - 1]!)?.[1] ?? ""] : undefined;
      const text = value !== undefined && String(typeof value === "object" ? value.text : value).endsWith(".") ? part.replace(/^\./, "") : part;
      return escapeHtml(text);
    })
    .join("");
}
