/**
 * One document beside its drafts: the queue on one side with the current draft and what can be
 * done with it (accept, merge into an event, dismiss), the whole text on the other with every
 * proposed date marked and the current draft's passage scrolled into view.
 */
import type { EventDate } from "../../schema/index.ts";
import type { Draft } from "../../extract/drafts/schema.ts";
import { countryName } from "../countries.ts";
import { filterQuery, type DocumentQueue, type QueueFilter, type QueueItem } from "../queue.ts";
import { documentText, type TextMark } from "./document-text.ts";
import { dateWords, html, Html, inLang, page, percent, type Notice, sourceTitle } from "./layout.ts";
import { countsText, itemRow, proposeForm } from "./queue-page.ts";
import { codePointLength } from "../../core/code-points.ts";

export interface EventChoice {
  id: string;
  headline: string;
  date: EventDate;
}

export interface DocumentPageInput {
  queue: DocumentQueue;
  /** Every draft of the document, whatever the filter (all are marked in the text). */
  all: QueueItem[];
  text: string;
  /** Words kept on one line in the text (Thai names). */
  keep?: string[];
  filter: QueueFilter;
  current?: QueueItem;
  /** The id the current draft gets if accepted as it is. */
  suggestedId?: string;
  events: EventChoice[];
  /** Values typed into the accept form, when it was refused. */
  typed?: { headline: string; id: string };
  notices?: Notice[];
}

export function documentPage(input: DocumentPageInput): string {
  const { queue, filter, current } = input;
  const { document } = queue;
  const marks: TextMark[] = input.all.map((item) => ({
    start: item.mention.index,
    end: item.mention.index + codePointLength(item.mention.text),
    className: `date ${item.status}`,
    ...(item.id ? { href: `/documents/${encodeURIComponent(document.id)}${link(filter)}draft=${item.id}#current`, title: `${dateWords(item.date)} (${item.status})` } : {}),
    ...(item.key === current?.key ? { id: "current" } : {}),
  }));
  if (current?.draft) marks.push({ start: current.draft.evidence.start, end: current.draft.evidence.end, className: "passage" });
  const body = html`<p class="back"><a href="/${filterQuery(filter)}">← All documents</a></p>
<h1>${sourceTitle(document.title, document.lang)}</h1>
<div class="meta"><code>${document.id}</code> · ${countsText(queue.counts)} ${proposeForm(document.id, "Propose the drafts again")}</div>
<div class="beside">
<div class="panel">
${current ? currentDraft(input, current) : html`<p>No draft selected.</p>`}
<h2>Drafts in this document</h2>
${queue.items.length ? html`<ol class="queue compact">${queue.items.map((i) => itemRow(i, document.lang, filter, i.key === current?.key))}</ol>` : html`<p class="meta">No drafts match the filter. <a href="/documents/${document.id}">Show all</a></p>`}
</div>
${documentText({ text: input.text, lang: document.lang, marks, label: `Text of the document ${document.id}`, source: document.id, keep: input.keep ?? [] })}
</div>`;
  return page({ title: document.title, current: "queue", notices: input.notices, body, wide: true });
}

function link(filter: QueueFilter): string {
  const q = filterQuery(filter);
  return q ? `${q}&` : "?";
}

function currentDraft(input: DocumentPageInput, item: QueueItem): Html {
  const draft = item.draft;
  return html`<section class="current-draft" aria-labelledby="current-heading">
<h2 id="current-heading">${dateWords(item.date)} <span class="badge ${item.status}">${item.status}</span></h2>
<blockquote>${inLang(input.queue.document.lang, item.quote, "p")}</blockquote>
<dl class="facts">
${draft ? provenance(draft) : ""}
<dt>Confidence</dt><dd>${percent(item.confidence)}</dd>
<dt>Countries named</dt><dd>${item.countries.length ? item.countries.map((c) => `${countryName(c)} (${c})`).join(", ") : "none found"}</dd>
</dl>
${item.status === "new" && draft ? actions(input, draft) : ""}
${item.status === "promoted" && item.matches ? html`<p>Its passage is cited by <a href="/events/${item.matches}">${item.matches}</a>.</p>` : ""}
</section>`;
}

function provenance(draft: Draft): Html {
  const parts = (list: string[]) => list.join(", ") || "nothing";
  return html`<dt>Written</dt><dd>${inLang(draft.evidence.lang, draft.mention.text)}</dd>
<dt>Stated</dt><dd>${parts(draft.stated)}</dd><dt>Implied</dt><dd>${parts(draft.implied)}${draft.implied.length ? " (from the publication date)" : ""}</dd>`;
}

function actions(input: DocumentPageInput, draft: Draft): Html {
  const back = `/documents/${encodeURIComponent(draft.source)}${filterQuery(input.filter)}`;
  const typed = input.typed ?? { headline: "", id: "" };
  const sameDay = input.events.filter((e) => e.date.start === draft.date.start);
  const others = input.events.filter((e) => e.date.start !== draft.date.start);
  const option = (e: EventChoice) => html`<option value="${e.id}">${dateWords(e.date)}: ${e.headline}</option>`;
  return html`<form class="accept" method="post" action="/drafts/${draft.id}/accept" data-date="${draft.date.start}">
<h3>Accept as a new event</h3>
<div class="field"><label for="accept-headline">Headline <span class="hint">(in English; you can change it later)</span></label>
<input id="accept-headline" name="headline" value="${typed.headline}" maxlength="200" autocomplete="off"></div>
<div class="field"><label for="accept-id">Permalink id <span class="hint">(made from the headline; it never changes once published)</span></label>
<input id="accept-id" name="id" value="${typed.id}" placeholder="${input.suggestedId ?? ""}" maxlength="80" autocomplete="off" spellcheck="false" aria-describedby="accept-id-hint">
<p class="hint" id="accept-id-hint">Left empty: <code data-id-preview>${input.suggestedId ?? ""}</code></p></div>
<input type="hidden" name="back" value="${back}">
<button type="submit">Accept</button>
</form>
<form class="inline" method="post" action="/drafts/${draft.id}/dismiss"><input type="hidden" name="back" value="${back}"><button type="submit" class="secondary">Dismiss</button></form>
${input.events.length ? html`<form class="merge" method="post" action="/drafts/${draft.id}/merge">
<h3>Or add it to an event as another source</h3>
<div class="field"><label for="merge-event">Event</label><select id="merge-event" name="event" required>
<option value="">choose the event it reports</option>
${sameDay.length ? html`<optgroup label="Same date">${sameDay.map(option)}</optgroup>` : ""}
<optgroup label="Other events">${others.map(option)}</optgroup></select></div>
<input type="hidden" name="back" value="${back}">
<button type="submit" class="secondary">Add as a citation</button>
</form>` : ""}`;
}
