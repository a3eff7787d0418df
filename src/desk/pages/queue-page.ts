/** The desk's front page: the drafts queue by document, newest document first, with filters. */
import { countryName } from "../countries.ts";
import { filterQuery, STATUSES, SORTS, type DocumentQueue, type QueueFilter, type QueueItem } from "../queue.ts";
import { addForm } from "./add-page.ts";
import { dateWords, html, Html, inLang, page, percent, type Notice, sourceTitle } from "./layout.ts";

export interface QueuePageInput {
  queue: DocumentQueue[];
  filter: QueueFilter;
  /** Languages and countries present, for the filter's choices. */
  languages: string[];
  countries: string[];
  unreadable: { file: string; reason: string }[];
  notices?: Notice[];
}

const SORT_LABEL = { position: "position in the document", confidence: "confidence, highest first", date: "date, earliest first" };
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export function queuePage(input: QueuePageInput): string {
  const { queue, filter } = input;
  const shown = queue.reduce((n, q) => n + q.items.length, 0);
  const body = html`<h1>Drafts to review</h1>
<p class="lede">Proposed events from the documents added (here, or with <code>datelines add</code>) and from <code>datelines extract</code>, by document, the most recently added first. Open a document to read each draft in place, then accept, merge or dismiss it.</p>
${addForm()}
${filterForm(input)}
<p class="count" role="status">${shown} ${shown === 1 ? "draft" : "drafts"} shown.</p>
${input.unreadable.length ? html`<p class="warning">Drafts files not read: ${input.unreadable.map((u) => html`<code>${u.file}</code> (${u.reason}) `)}</p>` : ""}
${queue.length === 0 ? html`<p>No documents yet: add one above.</p>` : ""}
${queue.map((q) => documentSection(q, filter))}`;
  return page({ title: "Drafts", current: "queue", notices: input.notices, body });
}

function filterForm({ filter, languages, countries }: QueuePageInput): Html {
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}"${selected ? new Html(" selected") : ""}>${label}</option>`;
  return html`<form class="filters" method="get" action="/">
<div><label for="f-status">Status</label><select id="f-status" name="status">${option("", "any", !filter.status)}${STATUSES.map((s) => option(s, s, filter.status === s))}</select></div>
<div><label for="f-lang">Language</label><select id="f-lang" name="lang">${option("", "any", !filter.lang)}${languages.map((l) => option(l, `${languageNames.of(l) ?? l} (${l})`, filter.lang === l))}</select></div>
<div><label for="f-country">Country</label><select id="f-country" name="country">${option("", "any", !filter.country)}${countries.map((c) => option(c, `${countryName(c)} (${c})`, filter.country === c))}</select></div>
<div><label for="f-min">Confidence at least</label><select id="f-min" name="min">${option("", "any", filter.min === undefined)}${[0.5, 0.7, 0.9].map((m) => option(String(m), `${m * 100}%`, filter.min === m))}</select></div>
<div><label for="f-from">Dated from</label><input id="f-from" name="from" value="${filter.from ?? ""}" placeholder="YYYY-MM-DD" size="10" inputmode="numeric"></div>
<div><label for="f-to">to</label><input id="f-to" name="to" value="${filter.to ?? ""}" placeholder="YYYY-MM-DD" size="10" inputmode="numeric"></div>
<div><label for="f-sort">Sort by</label><select id="f-sort" name="sort">${SORTS.map((s) => option(s, SORT_LABEL[s], (filter.sort ?? "position") === s))}</select></div>
<div><button type="submit">Apply</button> <a href="/">Clear</a></div>
</form>`;
}

function countsTotal(counts: DocumentQueue["counts"]): number {
  return STATUSES.reduce((n, s) => n + counts[s], 0);
}

export function countsText(counts: DocumentQueue["counts"]): string {
  return STATUSES.map((s) => `${counts[s]} ${s}`).join(" · ");
}

function documentSection({ document, items, counts }: DocumentQueue, filter: QueueFilter): Html {
  const href = `/documents/${encodeURIComponent(document.id)}${filterQuery(filter)}`;
  return html`<section class="queue-document" aria-labelledby="doc-${document.id}">
<h2 id="doc-${document.id}">${sourceTitle(document.title, document.lang)}</h2>
<p class="meta">${languageNames.of(document.lang) ?? document.lang} · <code>${document.id}</code> · ${countsText(counts)} · <a href="${href}">Open the document</a></p>
${items.length ? html`<ol class="queue">${items.map((i) => itemRow(i, document.lang, filter))}</ol>` : countsTotal(counts) ? html`<p class="meta">No drafts match the filter.</p>` : html`<div class="meta">No drafts proposed yet. ${proposeForm(document.id, "Propose drafts")}</div>`}
</section>`;
}

export function itemRow(item: QueueItem, lang: string, filter: QueueFilter, current = false): Html {
  const query = filterQuery(filter);
  const href = item.id ? `/documents/${encodeURIComponent(item.source)}${query}${query ? "&" : "?"}draft=${item.id}#current` : undefined;
  const label = dateWords(item.date);
  return html`<li class="item ${item.status}${current ? " current" : ""}"${current ? new Html(' aria-current="true"') : ""}>
<p class="item-head">${href ? html`<a href="${href}">${label}</a>` : html`<span>${label}</span>`} <span class="badge ${item.status}">${item.status}</span> <span class="confidence">confidence ${percent(item.confidence)}</span>${item.matches ? html` <span class="meta">in <a href="/events/${item.matches}">${item.matches}</a></span>` : ""}</p>
<p class="item-quote">${inLang(lang, excerpt(item))}</p>
${item.status === "dismissed" ? undoForm(item.key, `/documents/${encodeURIComponent(item.source)}${query}`) : ""}
</li>`;
}

/** The sentence with its date mention marked. */
function excerpt(item: QueueItem): Html {
  const at = item.quote.indexOf(item.mention.text);
  if (at < 0) return html`${item.quote}`;
  return html`${item.quote.slice(0, at)}<mark>${item.mention.text}</mark>${item.quote.slice(at + item.mention.text.length)}`;
}

/** Makes a document's drafts again, as `datelines extract --source ID` does. */
export function proposeForm(source: string, label: string): Html {
  return html`<form class="inline" method="post" action="/documents/${source}/propose"><button type="submit" class="secondary">${label}</button></form>`;
}

export function undoForm(key: string, back: string): Html {
  return html`<form class="inline" method="post" action="/drafts/undo"><input type="hidden" name="key" value="${key}"><input type="hidden" name="back" value="${back}"><button type="submit">Undo dismiss</button></form>`;
}
