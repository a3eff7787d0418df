/**
 * The edit page: the form generated from the event model beside the document a citation
 * quotes, where selecting text sets the quote (the script computes its offsets; without
 * JavaScript a pasted quote is found in the document on save). Problems appear next to their
 * fields; a refused save shows the form exactly as it was typed.
 */
import type { FieldProblem } from "../check.ts";
import type { EventForm } from "../event-form.ts";
import type { Problem } from "../../validate/index.ts";
import type { Languages, SourceEntry } from "../workspace.ts";
import { documentText, type TextMark } from "./document-text.ts";
import { citationFields, dateFields, describeFields, languageFields } from "./event-sections.ts";
import { fieldId, FieldProblems, select, textInput } from "./fields.ts";
import { mediaFields } from "./media-fields.ts";
import { html, Html, page, problemList, type Notice, sourceTitle } from "./layout.ts";

export interface EventPageInput {
  /** The id the event has on disk (the form may rename it). */
  was: string;
  /** Fingerprint of the version on disk the form started from. */
  base: string;
  form: EventForm;
  problems: FieldProblem[];
  elsewhere: Problem[];
  languages: Languages;
  sources: SourceEntry[];
  /** The document shown beside the form. */
  document?: { source: SourceEntry; text: string; keep: string[] };
  completions: { tags: string[]; countries: { code: string; name: string }[]; used: string[] };
  groups: { id: string; label: string }[];
  notices?: Notice[];
  /** Published on disk: the id is fixed. */
  published: boolean;
  /** Fields whose value on disk differs from the form's, after a conflict. */
  conflict?: { field: string; disk: string; yours: string }[];
}

export function eventPage(input: EventPageInput): string {
  const { form } = input;
  const problems = new FieldProblems(input.problems);
  const idHint = input.published ? "The event is published at /events/<id>/: its id no longer changes." : "Its address on the site, /events/<id>/. It can change until the event is published.";
  const fields = html`${textInput({ name: "id", label: "Permalink id", value: form.id, problems, hint: idHint, attrs: `autocomplete="off" spellcheck="false" maxlength="80"${input.published ? " readonly" : ""}` })}
${dateFields(form, problems)}
${languageFields(form, input.languages, problems)}
${citationFields(input, problems)}
${describeFields(input, problems)}
${mediaFields(form.media, problems)}
${select({ name: "status", label: "Status", value: form.status, problems, hint: "Only published events appear on the site. Publish checks everything first.", options: [
    { value: "draft", label: "draft" },
    { value: "reviewed", label: "reviewed" },
    { value: "published", label: "published" },
  ] })}`;
  const leftover = problems.leftover();
  const notices: Notice[] = [...(input.notices ?? [])];
  if (input.conflict) notices.push({ kind: "conflict", body: conflictNotice(input) });
  if (problems.count) {
    // Each problem shown at a field is a link to it; those no field shows are said here in full.
    const atFields = [...new Set(input.problems.map((p) => p.field).filter((f) => !leftover.some((l) => l.field === f)))];
    const links = atFields.map((f, i) => html`${i ? ", " : ""}<a href="#${fieldId(f)}">${f}</a>`);
    notices.push({
      kind: "problem",
      focus: true,
      body: html`Not saved: ${problems.count} ${problems.count === 1 ? "problem" : "problems"}, shown next to ${problems.count === 1 ? "its field" : "their fields"}${atFields.length ? html` (${links})` : ""}. Nothing you typed was lost.${leftover.length ? html`<ul>${leftover.map((p) => html`<li><strong>${p.field || "event"}</strong>: ${p.message}</li>`)}</ul>` : ""}`,
    });
  }
  const previews = [input.languages.main, ...input.languages.others];
  const body = html`<p class="back"><a href="/events">← All events</a></p>
<h1>Edit <code>${input.was}</code></h1>
<p class="meta">Preview as it will publish: ${previews.map((lang, i) => html`${i ? " · " : ""}<a href="/events/${input.was}/preview?lang=${lang}">${lang}</a>`)} (of the saved version)</p>
${problemList(input.elsewhere, "Problems elsewhere in the data (they do not stop this save, but they stop the build)")}
<div class="beside">
<form class="panel event-form" method="post" action="/events/${input.was}" data-check="/events/${input.was}/check" novalidate>
<input type="hidden" name="was" value="${input.was}"><input type="hidden" name="base" value="${input.base}"><input type="hidden" name="doc" value="${input.document?.source.id ?? ""}">
${fields}
<ul class="problems" data-problems-for="" hidden></ul>
<div class="buttons"><button type="submit" name="action" value="save">Save</button> <button type="submit" name="action" value="preview" class="secondary">Save and preview</button> <button type="submit" name="action" value="publish">Publish</button></div>
</form>
${input.document ? documentPane(input, input.document) : html`<p>No document to show.</p>`}
</div>`;
  return page({ title: `Edit ${input.was}`, current: "events", notices, body, wide: true });
}

function documentPane(input: EventPageInput, { source, text, keep }: NonNullable<EventPageInput["document"]>): Html {
  const marks: TextMark[] = input.form.citations.flatMap((c, i) =>
    c.source === source.id && c.start && c.end ? [{ start: Number(c.start), end: Number(c.end), className: "cited", ...(i === input.form.citations.findIndex((x) => x.source === source.id) ? { id: "cited" } : {}) }] : [],
  );
  const others = [...new Set(input.form.citations.map((c) => c.source))].filter((s) => s !== source.id);
  return html`<div class="document-side">
<h2 id="document-heading">${sourceTitle(source.title, source.lang)}</h2>
<p class="hint" id="select-hint">Select the words to quote in the text below, then press “Use the selected text” by the citation.</p>
<p class="selection-status" data-selection role="status"></p>
${others.length ? html`<p class="meta">Other cited documents: ${others.map((s, i) => html`${i ? ", " : ""}<a href="/events/${input.was}?doc=${s}">${s}</a>`)}</p>` : ""}
${documentText({ text, lang: source.lang, marks, label: `Text of ${source.id}, to select quotes from`, source: source.id, keep })}
</div>`;
}

function conflictNotice(input: EventPageInput): Html {
  return html`<p><strong>Someone changed this event on disk after you opened it</strong> (another editor, git, or the file by hand). Your version is kept in the form; on disk now:</p>
<table><thead><tr><th scope="col">Field</th><th scope="col">On disk now</th><th scope="col">Yours</th></tr></thead>
<tbody>${(input.conflict ?? []).map((c) => html`<tr><th scope="row">${c.field}</th><td>${c.disk}</td><td>${c.yours}</td></tr>`)}</tbody></table>
<p>Save again to replace the version on disk with yours, or <a href="/events/${input.was}">discard yours and load the version on disk</a>.</p>`;
}

/** "field → value" of a form, for telling which fields differ. */
export function formEntries(form: EventForm): Map<string, string> {
  const out = new Map<string, string>();
  out.set("id", form.id).set("status", form.status).set("headline", form.headline).set("summary", form.summary);
  for (const [k, v] of Object.entries(form.date)) out.set(`date.${k}`, v);
  for (const t of form.translations) out.set(`translations.${t.lang}.headline`, t.headline).set(`translations.${t.lang}.summary`, t.summary);
  form.citations.forEach((c, i) => out.set(`citations.${i}`, `${c.source}: ${c.quote}${c.translation ? ` (${c.translation})` : ""}`));
  out.set("countries", form.countries.join(", ")).set("tags", form.tags.join(", ")).set("places", form.places).set("group", form.group);
  form.corrections.forEach((c, i) => out.set(`corrections.${i}`, `${c.date} ${c.note}`));
  form.media.forEach((m, i) => out.set(`media.${i}`, [m.src, m.alt, m.decorative ? "decorative" : "", m.caption, m.credit].filter(Boolean).join(" · ")));
  return out;
}

export function differences(disk: EventForm, yours: EventForm): { field: string; disk: string; yours: string }[] {
  const a = formEntries(disk);
  const b = formEntries(yours);
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => (a.get(k) ?? "") !== (b.get(k) ?? "")).map((field) => ({ field, disk: a.get(field) ?? "", yours: b.get(field) ?? "" }));
}
