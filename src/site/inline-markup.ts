/**
 * Inline Markdown in summaries and captions: `[links](https://…)`, `*emphasis*`,
 * `**strong**` (and `<https://…>` autolinks), nothing else. Raw HTML, images,
 * entities and code spans stay literal text, so whatever an editor or an import
 * wrote can only ever become text, links and emphasis.
 *
 * `inlineHtml` is for HTML contexts (pages, feed content, TimelineJS text);
 * `inlinePlain` drops the markup and keeps link text, for titles, meta
 * descriptions, feed summaries and the search index.
 */
import MarkdownIt from "markdown-it";

/** Schemes a link may use; anything else (javascript:, data:, relative paths) stays literal text. */
const LINK = /^(?:https?:\/\/|mailto:)/i;

const md = new MarkdownIt("zero", { html: false, linkify: false, typographer: false }).enable(["link", "autolink", "emphasis", "escape"]);
md.validateLink = (url) => LINK.test(url.trim());
md.renderer.rules.text = (tokens, i, _options, env: { minimal?: boolean }) => (env.minimal ? escapeText : escapeHtml)(tokens[i]!.content);

/**
 * The HTML of inline Markdown. Text is escaped as Nunjucks' autoescape does, so a
 * summary without Markdown renders byte for byte as it did before; `minimal` escapes
 * only what HTML text needs (& < >), for exports people read in a spreadsheet.
 */
export function inlineHtml(markdown: string, { minimal = false }: { minimal?: boolean } = {}): string {
  const env = { minimal };
  return md.renderer.render(md.parseInline(markdown, env), md.options, env);
}

/** The text of inline Markdown: markup removed, link text kept, escapes resolved. Not HTML-escaped. */
export function inlinePlain(markdown: string): string {
  const [inline] = md.parseInline(markdown, {});
  return (inline?.children ?? [])
    .map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.type === "softbreak" || token.type === "hardbreak" ? "\n" : ""))
    .join("");
}

/** Plain text as HTML text and attribute values (as Nunjucks' autoescape writes it). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text as HTML text content (not attributes): only &, < and > are escaped. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}
