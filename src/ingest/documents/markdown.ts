/**
 * A Markdown file: the text without markup (markdown-it renders it, and the HTML's paragraphs,
 * headings and list items become the document's paragraphs; links keep their words, images
 * are left out). A YAML-style front matter block gives title, author, date, language, URL and
 * publisher when it has them (simple `key: value` lines).
 */
import MarkdownIt from "markdown-it";
import { decodeUtf8, describeEncodingProblem } from "../../core/text-encoding.ts";
import { HttpUrl } from "../../schema/primitives.ts";
import { htmlParagraphs } from "./html-text.ts";
import { resolveLang } from "./language.ts";
import { joinParagraphs, normalizeParagraph } from "./normalize.ts";
import { frontMatterCandidate } from "./published.ts";
import { DocumentError, type ReadResult } from "./types.ts";

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

export function readMarkdown(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new DocumentError(file, `it ${describeEncodingProblem(decoded, file)}`, "Then add it again");
  const { fields, lines, body } = frontMatter(decoded.text.replace(/\r\n?/g, "\n"));
  const tokens = md.parse(body, {});
  const h1 = tokens.findIndex((t) => t.type === "heading_open" && t.tag === "h1");
  const heading = h1 >= 0 ? tokens[h1 + 1]?.children?.map((c) => c.content).join("") : undefined;
  const text = joinParagraphs(htmlParagraphs(md.renderer.render(tokens, md.options, {})));
  if (!text) throw new DocumentError(file, "the file contains no text", "Check that it is the right file");
  const warnings: string[] = [];
  const url = fields.url ?? fields.canonical ?? fields.source_url;
  if (url && !HttpUrl.safeParse(url).success) warnings.push(`front matter url "${url}" is not an absolute http(s) address; url left out`);
  const lang = resolveLang([fields.lang, fields.language, fields.locale], text);
  const title = clean(fields.title) ?? clean(heading);
  return {
    format: "markdown",
    text,
    ...(title ? { title } : {}),
    ...(clean(fields.author) ? { author: clean(fields.author)!.slice(0, 200) } : {}),
    ...(clean(fields.publisher ?? fields.source ?? fields.site) ? { publisher: clean(fields.publisher ?? fields.source ?? fields.site)!.slice(0, 200) } : {}),
    ...(url && HttpUrl.safeParse(url).success ? { url } : {}),
    lang: lang.lang,
    langBasis: lang.basis,
    langEvidence: lang.evidence,
    published: frontMatterCandidate(lines.find((l) => /^date\s*:/i.test(l))),
    warnings,
  };
}

/** A leading `---` block of `key: value` lines (values unquoted; nested YAML is ignored). */
function frontMatter(text: string): { fields: Record<string, string>; lines: string[]; body: string } {
  const m = /^\uFEFF?---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text);
  if (!m) return { fields: {}, lines: [], body: text };
  const lines = m[1]!.split("\n");
  const fields: Record<string, string> = {};
  for (const line of lines) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv && kv[2]) fields[kv[1]!.toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return { fields, lines, body: text.slice(m[0].length) };
}

function clean(value: string | undefined): string | undefined {
  const text = value ? normalizeParagraph(value).replace(/\n/g, " ") : "";
  return text ? text.slice(0, 300) : undefined;
}
