/** The curated events, those still in progress first, each linking to its edit page. */
import type { EventDate } from "../../schema/index.ts";
import { dateWords, html, page, type Notice } from "./layout.ts";

export interface EventRow {
  id: string;
  status: string;
  headline: string;
  date?: EventDate;
  file: string;
}

const ORDER: Record<string, number> = { draft: 0, reviewed: 1, published: 2 };

export function eventsPage(rows: EventRow[], notices: Notice[] = []): string {
  const sorted = [...rows].sort((a, b) => (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3) || (a.date?.start ?? "").localeCompare(b.date?.start ?? ""));
  const inProgress = sorted.filter((r) => r.status !== "published").length;
  const body = html`<h1>Events</h1>
<p class="lede">${rows.length} events, ${inProgress} not published yet. An event appears on the site once it is published.</p>
<table class="events">
<thead><tr><th scope="col">Date</th><th scope="col">Headline</th><th scope="col">Status</th><th scope="col">File</th></tr></thead>
<tbody>${sorted.map((r) => html`<tr><td>${r.date ? dateWords(r.date) : ""}</td><td><a href="/events/${r.id}">${r.headline || r.id}</a></td><td><span class="badge ${r.status}">${r.status}</span></td><td><code>${r.file}</code></td></tr>`)}</tbody>
</table>`;
  return page({ title: "Events", current: "events", notices, body });
}

/** The banner on a preview: what it is, the other languages, the way back. */
export function previewBanner(id: string, langs: string[], current: string): string {
  return html`<aside class="desk-preview-banner" lang="en" dir="ltr" aria-label="Desk preview">Preview of <code>${id}</code> as it will publish (saved version, ${current}) · ${langs.map((l, i) => html`${i ? " · " : ""}<a href="/events/${id}/preview?lang=${l}">${l}</a>`)} · <a href="/events/${id}">Back to editing</a></aside>`.value;
}
