/**
 * Runs of text with their marks (emphasis, strong, link) → inline Markdown, and cutting
 * runs at a sentence end. Spaces always sit outside emphasis and link text, where
 * Markdown needs them; characters Markdown would read as markup are escaped.
 */

export type Mark = { kind: "em" | "strong" } | { kind: "link"; href: string };
export interface Run {
  text: string;
  marks: Mark[];
}

/** The runs up to a plain-text offset. */
export function cut(runs: Run[], at: number): Run[] {
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    if (offset >= at) break;
    out.push({ text: run.text.slice(0, at - offset), marks: run.marks });
    offset += run.text.length;
  }
  const last = out.at(-1);
  if (last) last.text = last.text.trimEnd();
  return out;
}

/** Places to cut text: after each sentence end, else after each word (then with "…"). */
export function cutPoints(plain: string): { at: number; suffix: string }[] {
  const sentences = [...plain.matchAll(/[.!?。！？](?=\s|$)/gu)].map((m) => ({ at: m.index + 1, suffix: "" }));
  if (sentences.length) return sentences;
  return [...plain.matchAll(/\S(?=\s)/gu)].map((m) => ({ at: m.index + 1, suffix: "…" }));
}

/** Runs → Markdown; spaces always sit outside emphasis and link text, where Markdown needs them. */
export function render(runs: Run[], suffix = ""): string {
  let out = "";
  let open: Mark[] = [];
  let pendingSpace = false;
  for (const run of runs) {
    const lead = /^ /.test(run.text);
    const core = run.text.trim();
    if (!core) {
      pendingSpace = pendingSpace || run.text.length > 0;
      continue;
    }
    let same = 0;
    while (same < open.length && same < run.marks.length && sameMark(open[same]!, run.marks[same]!)) same++;
    out += open.slice(same).reverse().map(closer).join("");
    if ((pendingSpace || lead) && out) out += " ";
    out += run.marks.slice(same).map(opener).join("");
    out += escapeMarkdown(core);
    open = run.marks;
    pendingSpace = / $/.test(run.text);
  }
  return out + [...open].reverse().map(closer).join("") + suffix;
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.kind === b.kind && (a.kind !== "link" || (b.kind === "link" && a.href === b.href));
}

function opener(mark: Mark): string {
  return mark.kind === "em" ? "*" : mark.kind === "strong" ? "**" : "[";
}

function closer(mark: Mark): string {
  if (mark.kind !== "link") return opener(mark);
  return `](${mark.href.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
}

/** Characters Markdown would read as markup, escaped so they show as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]`<]/g, (c) => `\\${c}`);
}
