/**
 * A whole document as the desk shows it: its text exactly as in the file (so a selection in
 * it maps back to code-point offsets: the script counts the text before the selection),
 * in its language and direction (Thai names kept whole, as on the site), with spans marked — every proposed date, the passage being
 * reviewed or cited. Marks may overlap: the text is cut at every mark boundary and each piece
 * carries the classes of the marks over it.
 */
import { Html, esc } from "../../curate/html.ts";
import { keepTogether } from "../../site/keep-together.ts";
import { direction } from "./layout.ts";
import { CodePoints } from "../../core/code-points.ts";

export interface TextMark {
  /** Code-point offsets. */
  start: number;
  end: number;
  className: string;
  /** Set on the first piece of the mark. */
  id?: string;
  /** Makes the mark a link (a proposed date opening its draft). */
  href?: string;
  title?: string;
}

export interface DocumentTextInput {
  text: string;
  lang: string;
  marks: TextMark[];
  /** Accessible name of the scrolling region. */
  label: string;
  source: string;
  /** Words the browser's dictionary would cut (Thai names, loanwords): kept on one line. */
  keep?: readonly string[];
}

export function documentText({ text, lang, marks, label, source, keep = [] }: DocumentTextInput): Html {
  const points = new CodePoints(text);
  const valid = marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= points.length);
  const cuts = [...new Set([0, points.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const started = new Set<TextMark>();
  let out = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = esc(points.slice(from, to));
    const over = valid.filter((m) => m.start <= from && m.end >= to);
    if (over.length === 0) {
      out += piece;
      continue;
    }
    const link = over.find((m) => m.href);
    const first = over.find((m) => m.id && !started.has(m));
    over.forEach((m) => started.add(m));
    const attrs =
      ` class="${esc(over.map((m) => m.className).join(" "))}"` +
      (first?.id ? ` id="${esc(first.id)}"` : "") +
      (link?.href ? ` href="${esc(link.href)}"` : "") +
      (link?.title ? ` title="${esc(link.title)}"` : "");
    out += link ? `<a${attrs}>${piece}</a>` : `<mark${attrs}>${piece}</mark>`;
  }
  return new Html(
    `<div class="document" id="document" role="region" tabindex="0" aria-label="${esc(label)}" data-source="${esc(source)}" lang="${esc(lang)}" dir="${direction(lang)}">${keepTogether(out, keep)}</div>`,
  );
}
