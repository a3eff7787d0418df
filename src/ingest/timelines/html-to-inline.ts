/**
 * TimelineJS HTML (headline, text, caption, credit) → what the event model holds: inline
 * Markdown (links, *emphasis*, **strong**) or plain text. Parsed with a real HTML parser
 * (linkedom); script, style, iframe and the like go with their content, every attribute
 * goes (so no event handlers), links keep only http, https and mailto targets, and
 * Markdown characters in the text are escaped so they show as written. Every removal
 * is named in `notes` for the import report.
 */
import { parseHTML } from "linkedom";
import { EXPORT_SOURCES_CLASS } from "../../core/timelinejs-format.ts";
import { cut, cutPoints, escapeMarkdown, render, type Mark, type Run } from "./runs-to-markdown.ts";

export { escapeMarkdown };

export interface Inline {
  /** One paragraph of inline Markdown. */
  markdown: string;
  /** The text as it reads: markup removed, whitespace collapsed. */
  plain: string;
  /** What was removed or changed, e.g. "<iframe> removed", "link to javascript:… kept as text only". */
  notes: string[];
  /** Links kept. */
  links: number;
  /** The markdown was cut at a sentence end to fit the limit. */
  shortened: boolean;
}

const DROPPED = new Set("script style iframe frame frameset object embed applet noscript template svg math audio video canvas select textarea title head meta link base".split(" "));
const BLOCK = new Set("p div br li ul ol blockquote h1 h2 h3 h4 h5 h6 tr td th table thead tbody section article header footer hr dd dt dl figure figcaption pre address aside nav main".split(" "));
/** Elements that carry no meaning of their own: reduced to their text without a note. */
const QUIET = new Set(["p", "br", "div", "span", "html", "body"]);
const LINK = /^(?:https?:\/\/[^\s/]|mailto:)/i;
// Control and bidi-override characters the data files reject (see src/schema/primitives.ts).
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;

/** HTML → inline Markdown (and its plain text); `maxLength` cuts the Markdown at a sentence end. */
export function htmlToInline(html: string, maxLength = Infinity): Inline {
  const { runs, notes, links } = readRuns(html);
  let markdown = render(runs);
  let shortened = false;
  if (markdown.length > maxLength) {
    const plain = runs.map((r) => r.text).join("");
    const ends = cutPoints(plain);
    let lo = 0;
    let hi = ends.length - 1;
    let best: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (render(cut(runs, ends[mid]!.at), ends[mid]!.suffix).length <= maxLength) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const end = best === undefined ? { at: 0, suffix: "…" } : ends[best]!;
    runs.splice(0, runs.length, ...cut(runs, end.at));
    markdown = render(runs, end.suffix);
    shortened = true;
  }
  return { markdown, plain: runs.map((r) => r.text).join("") + (shortened && markdown.endsWith("…") ? "…" : ""), notes, links, shortened };
}

/** HTML → plain text (for headlines, credits, titles), with the same notes. */
export function htmlToPlain(html: string): { text: string; notes: string[] } {
  const { runs, notes } = readRuns(html, false);
  return { text: runs.map((r) => r.text).join(""), notes };
}

/** Plain text no longer than `max`: cut at a sentence end, else a word end, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const ends = cutPoints(text).filter((e) => e.at + e.suffix.length <= max);
  const end = ends.at(-1);
  return end ? text.slice(0, end.at).trimEnd() + end.suffix : `${text.slice(0, max - 1)}…`;
}

function readRuns(html: string, keepMarks = true): { runs: Run[]; notes: string[]; links: number } {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const runs: Run[] = [];
  const notes = new Set<string>();
  let links = 0;
  const walk = (node: Node, marks: Mark[]) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        runs.push({ text: child.textContent ?? "", marks });
      } else if (child.nodeType === 8) {
        notes.add("HTML comment removed");
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toLowerCase();
        for (const attr of Array.from(element.attributes)) {
          if (/^on/i.test(attr.name)) notes.add(`${attr.name} attribute removed`);
        }
        if (DROPPED.has(tag)) {
          notes.add(`<${tag}> removed`);
          continue;
        }
        if (element.classList?.contains(EXPORT_SOURCES_CLASS)) {
          notes.add("the list of sources a Datelines export adds removed (the sources are not carried by TimelineJS)");
          continue;
        }
        if (tag === "img") {
          notes.add("<img> removed");
          continue;
        }
        let inner = marks;
        const href = tag === "a" ? (element.getAttribute("href") ?? "").trim() : "";
        if (!keepMarks) {
          if (href) notes.add(`link to ${href.slice(0, 60)} removed (plain text only)`);
          else if (!QUIET.has(tag)) notes.add(`<${tag}> removed (plain text only)`);
        } else if (tag === "em" || tag === "i") inner = withMark(marks, { kind: "em" });
        else if (tag === "strong" || tag === "b") inner = withMark(marks, { kind: "strong" });
        else if (tag === "a") {
          if (LINK.test(href) && !marks.some((m) => m.kind === "link")) {
            inner = [...marks, { kind: "link", href }];
            links++;
          } else if (href) notes.add(`link to "${href.slice(0, 60)}" kept as text only (only http, https and mailto links are kept)`);
        } else if (!QUIET.has(tag)) notes.add(`<${tag}> reduced to its text`);
        if (BLOCK.has(tag)) runs.push({ text: " ", marks: [] });
        walk(element, inner);
        if (BLOCK.has(tag)) runs.push({ text: " ", marks: [] });
      }
    }
  };
  walk(document.body, []);
  return { runs: collapse(runs, notes), notes: [...notes], links };
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.kind === mark.kind) ? marks : [...marks, mark];
}

/** HTML whitespace collapsed to single spaces across runs, trimmed; unsafe characters removed. */
function collapse(runs: Run[], notes: Set<string>): Run[] {
  const out: Run[] = [];
  let space = true; // at the start, leading spaces go
  for (const run of runs) {
    let text = run.text.toWellFormed();
    if (UNSAFE.test(text)) {
      notes.add("control or bidi-override characters removed");
      text = text.replace(new RegExp(UNSAFE.source, "gu"), "");
    }
    text = text.replace(/[ \t\n\r\f]+/g, " ");
    if (space) text = text.replace(/^ /, "");
    if (text === "") continue;
    space = text.endsWith(" ");
    out.push({ text, marks: run.marks });
  }
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/ $/, "");
  return out.filter((r) => r.text !== "");
}
