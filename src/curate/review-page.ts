/**
 * The review page: every draft beside its evidence, the date mention marked in the
 * sentence, in the sentence's language and direction. A local working page, not part of
 * the published site; plain HTML and CSS, usable with JavaScript off (filters are a GET form).
 */
import { textDirection } from "../core/text-direction.ts";
import type { Draft, DraftsFile } from "../extract/drafts/schema.ts";
import { Html, html } from "./html.ts";
import { CodePoints, codePointLength } from "../core/code-points.ts";

export interface ReviewFilter {
  source?: string;
  /** "new": drafts that match no curated event; "matching": those that do. */
  show?: "all" | "new" | "matching";
}

export interface ReviewInput {
  files: DraftsFile[];
  unreadable?: { file: string; reason: string }[];
  filter?: ReviewFilter;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function renderReview({ files, unreadable = [], filter = {} }: ReviewInput): string {
  const show = filter.show ?? "all";
  const shown = files
    .filter((f) => !filter.source || f.source === filter.source)
    .map((f) => ({ file: f, drafts: f.drafts.filter((d) => show === "all" || (show === "matching") === Boolean(d.matches)) }));
  const total = shown.reduce((n, s) => n + s.drafts.length, 0);
  const page = html`<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Drafts for review · Datelines</title>
<style>${new Html(CSS)}</style>
</head>
<body>
<header>
<h1>Drafts for review</h1>
<p class="note">A local working page, not part of the published site. Drafts are machine proposals from <code>datelines extract</code>;
promote one with the command shown, then write its headline and summary in <code>_data/events/</code>.</p>
${filterForm(files, filter, show)}
<p>${total} ${total === 1 ? "draft" : "drafts"} shown.</p>
${unreadable.length ? html`<p class="warning">Not read: ${unreadable.map((u) => html`<code>${u.file}</code> (${u.reason}) `)}</p>` : ""}
</header>
<main>
${files.length === 0 ? html`<p>No drafts yet: run <code>npx datelines extract</code>.</p>` : ""}
${shown.map(({ file, drafts }) => sourceSection(file, drafts))}
</main>
</body>
</html>
`;
  return page.value;
}

function filterForm(files: DraftsFile[], filter: ReviewFilter, show: string): Html {
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? html` selected` : ""}>${label}</option>`;
  return html`<form method="get" action="/">
<label>Source <select name="source">${option("", "all sources", !filter.source)}${files.map((f) => option(f.source, f.source, f.source === filter.source))}</select></label>
<label>Show <select name="show">${option("all", "all drafts", show === "all")}${option("new", "new (no curated event)", show === "new")}${option("matching", "matching a curated event", show === "matching")}</select></label>
<button type="submit">Filter</button>
</form>`;
}

function sourceSection(file: DraftsFile, drafts: Draft[]): Html {
  return html`<section aria-labelledby="src-${file.source}">
<h2 id="src-${file.source}">${file.source}</h2>
<p class="meta"><code>${file.file}</code> · ${file.lang} (locale ${file.locale}) · reference date ${file.reference.date} (${file.reference.basis}) · ${file.mentions} date mentions, ${file.drafts.length} drafts</p>
${file.recognized.length ? html`<p class="meta">Recognized, not proposed: ${file.recognized.map((r, i) => html`${i ? ", " : ""}<span lang="${file.lang}" dir="${textDirection(file.lang)}">${r.text}</span> (${r.as}, ${r.value})`)}</p>` : ""}
${drafts.map(draftArticle)}
</section>`;
}

function draftArticle(d: Draft): Html {
  const dir = textDirection(d.evidence.lang);
  const { before, mention, after } = splitQuote(d);
  const date = [d.date.start, d.date.end ? `– ${d.date.end}` : "", d.date.qualifier ? `(${d.date.qualifier})` : ""].filter(Boolean).join(" ");
  return html`<article id="${d.id}" class="draft${d.matches ? " matching" : ""}">
<h3><span class="date">${date}</span> <span class="confidence">confidence ${d.confidence.toFixed(2)}</span>
${d.matches
    ? html`<span class="badge match">matches curated event ${d.matches}${d.matchesDate === false ? " (its date differs)" : ""}</span>`
    : html`<span class="badge new">new</span>`}</h3>
<blockquote lang="${d.evidence.lang}" dir="${dir}">${before}<mark>${mention}</mark>${after}</blockquote>
<dl>
<dt>Date</dt><dd>start ${d.date.start}${d.date.end ? `, end ${d.date.end}` : ""}, precision ${d.date.precision}${d.date.qualifier ? `, qualifier ${d.date.qualifier}` : ""}</dd>
<dt>Mention</dt><dd><span lang="${d.evidence.lang}" dir="${dir}">${d.mention.text}</span> at code point ${d.mention.index}</dd>
<dt>Stated</dt><dd>${d.stated.join(", ") || "nothing (relative date)"}</dd>
<dt>Implied</dt><dd>${d.implied.join(", ") || "nothing"}</dd>
<dt>Rules</dt><dd>${d.rules.map((r, i) => html`${i ? " " : ""}<code>${r}</code>`)}</dd>
<dt>Countries</dt><dd>${d.countries.length ? d.countries.map((c) => `${regionNames.of(c)} (${c})`).join(", ") : "none found"}</dd>
${d.places?.length ? html`<dt>Places</dt><dd>${d.places.join(", ")}</dd>` : ""}
<dt>Evidence</dt><dd>code points ${d.evidence.start}–${d.evidence.end} of ${d.source}</dd>
</dl>
${d.matches
    ? html`<p class="promote">Already curated: edit <code>${d.matches}</code> in <code>_data/events/</code>.</p>`
    : html`<p class="promote">Promote: <code class="command">npx datelines promote ${d.id} --id short-english-slug</code></p>`}
</article>`;
}

/** The quote split around the mention (offsets in code points). */
export function splitQuote(d: Draft): { before: string; mention: string; after: string } {
  const quote = new CodePoints(d.evidence.quote);
  const from = d.mention.index - d.evidence.start;
  const to = from + codePointLength(d.mention.text);
  if (from < 0 || to > quote.length) return { before: d.evidence.quote, mention: "", after: "" };
  return { before: quote.slice(0, from), mention: quote.slice(from, to), after: quote.slice(to) };
}

const CSS = `
body { font: 16px/1.5 system-ui, "Noto Sans", "Noto Sans Thai", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; background: #fff; }
h1 { margin-bottom: 0.25rem; }
.note, .meta { color: #444; }
.warning { color: #8a1c1c; }
form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin: 1rem 0; }
section { border-top: 2px solid #ccc; margin-top: 2rem; }
article { border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem 1rem; margin: 1rem 0; }
article.matching { background: #f6f6f6; }
h3 { font-size: 1rem; display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: baseline; margin: 0 0 0.5rem; }
.date { font-size: 1.15rem; }
.confidence { color: #444; font-weight: normal; }
.badge { border-radius: 3px; padding: 0 0.4rem; font-weight: normal; }
.badge.match { background: #dde8f7; color: #0b3b75; }
.badge.new { background: #e3f3e3; color: #1d5b1d; }
blockquote { font-size: 1.1rem; margin: 0.5rem 0; padding: 0.5rem 1rem; border-inline-start: 4px solid #999; background: #fafafa; }
mark { background: #ffe066; color: inherit; padding: 0 0.1em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
code.command { user-select: all; background: #f0f0f0; padding: 0.1rem 0.3rem; }
`;
