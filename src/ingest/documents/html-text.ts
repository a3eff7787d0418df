/**
 * The text of an HTML fragment as paragraphs: every block element (p, h1–h6, li, blockquote,
 * table row…) ends a paragraph, <br> is a line break inside one, whitespace collapses as a
 * browser shows it, and scripts, styles, forms and media are left out. Shared by the readers
 * of web pages, Word files (through mammoth's HTML) and Markdown (through markdown-it's HTML).
 */
import { parseHTML } from "linkedom";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const SKIP = new Set([
  "audio", "button", "canvas", "embed", "form", "head", "iframe", "img", "input", "map", "noscript", "object", "option",
  "picture", "script", "select", "source", "style", "svg", "template", "textarea", "video",
]);

interface Node {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes: ArrayLike<Node>;
}

/** Paragraphs of an HTML fragment or document (not yet normalized). */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return nodeParagraphs(document.body as unknown as Node);
}

/** Paragraphs of a parsed DOM node. */
export function nodeParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) paragraphs.push(current);
    current = "";
  };
  // Inside a table cell, blocks only separate words: a row is one paragraph, its cells tab-separated.
  const walk = (node: Node, pre: boolean, cell: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? "";
      current += pre ? text : text.replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? "";
    if (SKIP.has(name)) return;
    if (name === "br") {
      current += cell ? " " : "\n";
      return;
    }
    const isCell = name === "td" || name === "th";
    const block = BLOCK.has(name) && !isCell;
    if (isCell && current.trim()) current += "\t";
    else if (block && cell) current += " ";
    else if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, pre || name === "pre", cell || isCell);
    if (block && cell) current += " ";
    else if (block) flush();
  };
  walk(root, false, false);
  flush();
  return paragraphs;
}
