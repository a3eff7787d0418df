/** The edit form's sections: date (with each choice in words), text per language, citations, description. */
import { coarser, partialDateProblem, precisionOf, truncate } from "../../core/partial-date.ts";
import type { EventDate, Precision } from "../../schema/index.ts";
import type { EventForm } from "../event-form.ts";
import type { EventPageInput } from "./event-page.ts";
import { fieldId, FieldProblems, listInputs, select, textArea, textInput } from "./fields.ts";
import { dateWords, direction, html, Html } from "./layout.ts";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** The form's date as the site will word it, or why it cannot be worded yet. */
export function formDateWords(date: EventForm["date"]): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.start)) return "(write the date as YYYY-MM-DD, YYYY-MM or YYYY)";
  // "2022-04-31" must not read as the day it would roll over to (1 May): the field's problem says why.
  if (partialDateProblem(date.start) || (date.end && partialDateProblem(date.end))) return "(not a date on the calendar: see the problem below)";
  const value = { start: date.start, precision: date.precision, ...(date.end ? { end: date.end } : {}), ...(date.qualifier ? { qualifier: date.qualifier } : {}) } as EventDate;
  return dateWords(value);
}

export function dateFields(form: EventForm, problems: FieldProblems): Html {
  const { date } = form;
  const given = partialDateProblem(date.start) ? undefined : precisionOf(date.start);
  const valid = given !== undefined;
  const at = (precision: Precision) => (given && coarser(given, precision) === precision ? dateWords({ start: truncate(date.start, precision), precision }) : "");
  const precisions = (["day", "month", "year"] as const).map((p) => ({ value: p, label: `${{ day: "a day", month: "a month", year: "a year" }[p]}${at(p) ? `: ${at(p)}` : ""}` }));
  // early/mid/late are parts of a month: worded at month precision, whatever the precision chosen now.
  const worded = (qualifier: string) => {
    if (!valid) return qualifier;
    const partOfMonth = ["early", "mid", "late"].includes(qualifier) && given !== "year";
    const end = qualifier && qualifier !== "approximate" ? "" : date.end;
    return formDateWords(partOfMonth ? { start: truncate(date.start, "month"), precision: "month", end: "", qualifier } : { ...date, qualifier, end });
  };
  const qualifiers = [
    { value: "", label: `exactly: ${worded("")}` },
    { value: "early", label: `early in the month: ${worded("early")} (month precision)` },
    { value: "mid", label: `mid-month: ${worded("mid")} (month precision)` },
    { value: "late", label: `late in the month: ${worded("late")} (month precision)` },
    { value: "approximate", label: `about: ${worded("approximate")}` },
    { value: "before", label: `shortly before (日前, “recently”): ${worded("before")}` },
    { value: "as-of", label: `a state as of this date: ${worded("as-of")}` },
  ];
  return html`<fieldset class="date"><legend>Date</legend>
<p class="reads-as">Reads as: <output id="date-words" for="${fieldId("date.start")} ${fieldId("date.precision")} ${fieldId("date.end")} ${fieldId("date.qualifier")}" aria-live="polite">${formDateWords(date)}</output></p>
<div class="row">
${textInput({ name: "date.start", label: "Date", value: date.start, problems, hint: "YYYY-MM-DD, YYYY-MM or YYYY: only as precise as the text", attrs: 'inputmode="numeric" autocomplete="off" size="10"' })}
${select({ name: "date.precision", label: "Precision", value: date.precision, problems, options: precisions })}
${textInput({ name: "date.end", label: "Last day of a range", value: date.end, problems, hint: "only for a range (27–28 March); same precision", attrs: 'inputmode="numeric" autocomplete="off" size="10"' })}
</div>
${select({ name: "date.qualifier", label: "What the text says about it", value: date.qualifier, problems, options: qualifiers })}
</fieldset>`;
}

export function languageFields(form: EventForm, languages: EventPageInput["languages"], problems: FieldProblems): Html {
  const name = (lang: string) => `${languageNames.of(lang) ?? lang} (${lang})`;
  return html`<fieldset><legend>Headline and summary: ${name(languages.main)}</legend>
${textInput({ name: "headline", label: "Headline", value: form.headline, problems, lang: languages.main, dir: direction(languages.main), attrs: 'maxlength="200" autocomplete="off"' })}
${textArea({ name: "summary", label: "Summary", value: form.summary, problems, hint: "One or two sentences: what happened, where, and who reports it. [Links](https://…) and *emphasis* allowed.", lang: languages.main, dir: direction(languages.main), rows: 4 })}
</fieldset>
${form.translations.map((t) => html`<fieldset class="translation"><legend>${name(t.lang)}, optional</legend>
${textInput({ name: `translations.${t.lang}.headline`, label: "Headline", value: t.headline, problems, lang: t.lang, dir: direction(t.lang), attrs: 'maxlength="200" autocomplete="off"' })}
${textArea({ name: `translations.${t.lang}.summary`, label: "Summary", value: t.summary, problems, lang: t.lang, dir: direction(t.lang), rows: 3 })}
</fieldset>`)}`;
}

export function citationFields(input: EventPageInput, problems: FieldProblems): Html {
  const title = (id: string) => input.sources.find((s) => s.id === id)?.title ?? id;
  const lang = (id: string) => input.sources.find((s) => s.id === id)?.lang ?? "und";
  const use = (i: number) => html`<button type="button" class="use-selection" data-citation="${i}" hidden>Use the selected text</button>`;
  const rows = input.form.citations.map((c, i) => html`<fieldset class="citation" data-citation="${i}" data-source="${c.source}"><legend>Source ${i + 1}: ${title(c.source)}</legend>
<input type="hidden" name="citations.${i}.source" value="${c.source}"><input type="hidden" name="citations.${i}.start" value="${c.start}"><input type="hidden" name="citations.${i}.end" value="${c.end}">
${textArea({ name: `citations.${i}.quote`, label: "Quote, exactly as in the document", value: c.quote, problems, nested: false, lang: lang(c.source), dir: direction(lang(c.source)), rows: 3, attrs: 'data-quote' })}
${use(i)} ${input.document?.source.id === c.source ? "" : html`<a href="/events/${input.was}?doc=${c.source}">Show this document</a>`}
${textArea({ name: `citations.${i}.translation`, label: "Translation of the quote (optional)", value: c.translation, problems, rows: 2 })}
${offsetProblems(problems, i)}
<div class="field check"><input type="checkbox" id="${fieldId(`citations.${i}.remove`)}" name="citations.${i}.remove"><label for="${fieldId(`citations.${i}.remove`)}">Remove this citation</label></div>
</fieldset>`);
  const n = input.form.citations.length;
  const shown = input.document?.source.id ?? "";
  const sourceOptions = [{ value: "", label: "choose a document" }, ...input.sources.map((s) => ({ value: s.id, label: `${s.title} (${s.id})` }))];
  return html`<h2 class="section">Citations</h2>
${problems.take("citations").map((m) => html`<p class="problem">${m}</p>`)}
${rows}
<fieldset class="citation new" data-citation="${n}"><legend>Add a source</legend>
<input type="hidden" name="citations.${n}.start" value=""><input type="hidden" name="citations.${n}.end" value="">
${select({ name: `citations.${n}.source`, label: "Document", value: shown && !input.form.citations.some((c) => c.source === shown) ? shown : "", problems, options: sourceOptions })}
${textArea({ name: `citations.${n}.quote`, label: "Quote, exactly as in the document", value: "", problems, rows: 2, attrs: "data-quote" })}
${use(n)}
</fieldset>`;
}

function offsetProblems(problems: FieldProblems, i: number): Html {
  const messages = [...problems.take(`citations.${i}.start`), ...problems.take(`citations.${i}.end`), ...problems.take(`citations.${i}.source`), ...problems.take(`citations.${i}.lang`)];
  return messages.length ? html`<ul class="problems">${messages.map((m) => html`<li>${m}</li>`)}</ul>` : html``;
}

export function describeFields(input: EventPageInput, problems: FieldProblems): Html {
  const { form, completions } = input;
  return html`<h2 class="section">Where and what</h2>
${listInputs({ name: "countries", legend: "Countries", item: "Country", values: form.countries, list: "country-list", problems, hint: "A two-letter code (LA) or an English name (Laos)." })}
<datalist id="country-list">${[...completions.used.map((c) => completions.countries.find((x) => x.code === c) ?? { code: c, name: c }), ...completions.countries.filter((c) => !completions.used.includes(c.code))].map((c) => html`<option value="${c.code}">${c.name}</option>`)}</datalist>
${textArea({ name: "places", label: "Places", value: form.places, problems, nested: true, hint: "One per line, in English (Vientiane).", rows: 2 })}
${listInputs({ name: "tags", legend: "Tags", item: "Tag", values: form.tags, list: "tag-list", problems, hint: "Tags the site already uses are offered; a new tag is written in lowercase with hyphens (medical-team)." })}
<datalist id="tag-list">${completions.tags.map((t) => html`<option value="${t}"></option>`)}</datalist>
${input.groups.length || form.group ? select({ name: "group", label: "Group", value: form.group, problems, options: [{ value: "", label: "none" }, ...input.groups.map((g) => ({ value: g.id, label: g.label }))] }) : ""}
${correctionFields(form, problems)}`;
}

function correctionFields(form: EventForm, problems: FieldProblems): Html {
  const rows = [...form.corrections, { date: "", note: "" }];
  return html`<fieldset class="corrections"><legend>Corrections</legend><p class="hint">For a published event: what was wrong and what changed; shown wherever the event is.</p>
${rows.map((c, i) => html`<div class="row">${textInput({ name: `corrections.${i}.date`, label: "Date", value: c.date, problems, attrs: 'size="10" inputmode="numeric"' })}${textArea({ name: `corrections.${i}.note`, label: "Note", value: c.note, problems, rows: 2 })}</div>`)}
</fieldset>`;
}

