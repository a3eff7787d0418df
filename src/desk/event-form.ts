/**
 * An event ↔ the desk's edit form. The form holds text as typed (so a refused save shows it
 * again unchanged); turning it into an event keeps every field the form does not show
 * (added, a media item's kind…), puts a quote's offsets where the quote is in its document (an editor
 * selects or pastes the quote, never types an offset) and reads country names as codes.
 */
import { CodePoints, codePointLength, sliceCodePoints } from "../core/code-points.ts";
import { countryCode } from "./countries.ts";
import { mistakenCountryCode } from "../schema/index.ts";
import type { FieldProblem } from "./check.ts";
import { sameJson } from "./json-edit.ts";
import { slugify } from "../core/slug.ts";
import { keptRows, mediaFromRows, mediaRows, mediaRowsFromParams, type MediaRow } from "./media-form.ts";

export interface CitationForm {
  source: string;
  quote: string;
  start: string;
  end: string;
  translation: string;
  remove: boolean;
}

export interface EventForm {
  id: string;
  status: string;
  date: { start: string; end: string; precision: string; qualifier: string };
  headline: string;
  summary: string;
  /** One per published language other than the main one. */
  translations: { lang: string; headline: string; summary: string }[];
  citations: CitationForm[];
  countries: string[];
  /** One place per line. */
  places: string;
  tags: string[];
  group: string;
  corrections: { date: string; note: string }[];
  media: MediaRow[];
}

/** The order of an event's fields in the schema: new fields are written in this order (a test keeps it in step with the schema). */
export const EVENT_KEYS = ["id", "status", "date", "headline", "summary", "translations", "citations", "countries", "places", "tags", "group", "media", "added", "updated", "corrections"];

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const list = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);

export function formFromEvent(event: Raw, languages: readonly string[]): EventForm {
  const date = (event.date ?? {}) as Raw;
  const translations = (event.translations ?? {}) as Record<string, Raw>;
  const citations = Array.isArray(event.citations) ? (event.citations as Raw[]) : [];
  return {
    id: str(event.id),
    status: str(event.status),
    date: { start: str(date.start), end: str(date.end), precision: str(date.precision), qualifier: str(date.qualifier) },
    headline: str(event.headline),
    summary: str(event.summary),
    translations: languages.map((lang) => ({ lang, headline: str(translations[lang]?.headline), summary: str(translations[lang]?.summary) })),
    citations: citations.map((c) => ({ source: str(c.source), quote: str(c.quote), start: str(c.start), end: str(c.end), translation: str(c.translation), remove: false })),
    countries: list(event.countries),
    places: list(event.places).join("\n"),
    tags: list(event.tags),
    group: str(event.group),
    corrections: Array.isArray(event.corrections) ? (event.corrections as Raw[]).map((c) => ({ date: str(c.date), note: str(c.note) })) : [],
    media: mediaRows(event.media),
  };
}

/** The form as posted (urlencoded field names as the edit page writes them). */
export function formFromParams(params: URLSearchParams, languages: readonly string[]): EventForm {
  const get = (name: string) => (params.get(name) ?? "").replace(/\r\n?/g, "\n");
  const rows = (prefix: string) => [...new Set([...params.keys()].flatMap((k) => new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(k)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  return {
    id: get("id").trim(),
    status: get("status"),
    date: { start: get("date.start").trim(), end: get("date.end").trim(), precision: get("date.precision"), qualifier: get("date.qualifier") },
    headline: get("headline").trim(),
    summary: get("summary").trim(),
    translations: languages.map((lang) => ({ lang, headline: get(`translations.${lang}.headline`).trim(), summary: get(`translations.${lang}.summary`).trim() })),
    citations: rows("citations").map((i) => ({
      source: get(`citations.${i}.source`),
      quote: get(`citations.${i}.quote`),
      start: get(`citations.${i}.start`),
      end: get(`citations.${i}.end`),
      translation: get(`citations.${i}.translation`).trim(),
      remove: params.has(`citations.${i}.remove`),
    })),
    countries: params.getAll("countries").map((c) => c.trim()).filter(Boolean),
    places: get("places"),
    tags: params.getAll("tags").map((t) => t.trim()).filter(Boolean),
    group: get("group"),
    corrections: rows("corrections").map((i) => ({ date: get(`corrections.${i}.date`).trim(), note: get(`corrections.${i}.note`).trim() })),
    media: mediaRowsFromParams(params),
  };
}

export interface FormContext {
  /** Document text and language by source id. */
  documents: ReadonlyMap<string, { text: string; lang: string }>;
  /** The time of the save (added/updated). */
  now: string;
}

/** The event a `normalized` form describes, built on `original` so fields the form does not show are kept. */
export function eventFromForm(form: EventForm, original: Raw, context: FormContext): { event: Raw; notes: FieldProblem[] } {
  const notes: FieldProblem[] = [];
  const date: Raw = { start: form.date.start };
  if (form.date.end) date.end = form.date.end;
  date.precision = form.date.precision;
  if (form.date.qualifier) date.qualifier = form.date.qualifier;
  const translations = Object.fromEntries(
    form.translations.filter((t) => t.headline || t.summary).map((t) => [t.lang, { headline: t.headline, ...(t.summary ? { summary: t.summary } : {}) }]),
  );
  const citations = form.citations.map((c, i) => citationFrom(c, context, i, notes));
  const countries = form.countries.map((name, i) => {
    const code = countryCode(name);
    if (!code) notes.push({ field: `countries.${i}`, message: `"${name}" is not a country name or ISO code the desk knows; ${mistakenCountryCode(name.trim()) ?? "use a two-letter code such as LA, or the country's English name"}` });
    return code ?? name;
  });
  const places = form.places.split("\n").map((p) => p.trim()).filter(Boolean);
  const fields: Raw = {
    ...original,
    id: form.id,
    status: form.status,
    date,
    headline: form.headline,
    summary: form.summary,
    translations: Object.keys(translations).length ? translations : undefined,
    citations,
    countries,
    places: places.length || (Array.isArray(original.places) && original.places.length === 0) ? places : undefined,
    tags: form.tags.map((t) => slugify(t) || t),
    group: form.group || undefined,
    media: mediaFromRows(form.media, original.media),
    corrections: form.corrections.length ? form.corrections : undefined,
  };
  const event = ordered(fields);
  if (!sameJson(withoutUpdated(event), withoutUpdated(original))) event.updated = context.now;
  if (event.added === undefined) event.added = context.now;
  return { event: ordered(event), notes };
}

function citationFrom(c: CitationForm, { documents }: FormContext, i: number, notes: FieldProblem[]): Raw {
  const doc = documents.get(c.source);
  const quote = c.quote.trim();
  let start = Number.parseInt(c.start, 10);
  let end = Number.parseInt(c.end, 10);
  if (doc && !(Number.isInteger(start) && sliceCodePoints(doc.text, start, end) === quote)) {
    const found = nearestIndexOf(doc.text, quote, Number.isInteger(start) ? start : 0);
    if (found !== undefined) [start, end] = [found, found + codePointLength(quote)];
    else notes.push({ field: `citations.${i}.quote`, message: "is not in the document as written: select it in the document (or paste it exactly)" });
  }
  if (!doc) notes.push({ field: `citations.${i}.source`, message: `no document for source "${c.source}"` });
  const out: Raw = { source: c.source, quote, lang: doc?.lang ?? "", start: Number.isInteger(start) ? start : 0, end: Number.isInteger(end) ? end : 1 };
  if (c.translation) out.translation = c.translation;
  return out;
}

/** Code-point offset of the occurrence of `needle` closest to `near`. */
function nearestIndexOf(text: string, needle: string, near: number): number | undefined {
  if (!needle) return undefined;
  let best: number | undefined;
  const points = new CodePoints(text);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const index = points.toCodePoint(at);
    if (best === undefined || Math.abs(index - near) < Math.abs(best - near)) best = index;
  }
  return best;
}

function ordered(fields: Raw): Raw {
  const keys = [...EVENT_KEYS, ...Object.keys(fields).filter((k) => !EVENT_KEYS.includes(k))];
  return Object.fromEntries(keys.filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]]));
}

function withoutUpdated(event: Raw): Raw {
  const { updated: _, ...rest } = event;
  return rest;
}

/** The form without what the editor removed or left blank, so that its rows are numbered as the event's. */
export function normalized(form: EventForm): EventForm {
  return {
    ...form,
    citations: form.citations.filter((c) => !c.remove && c.source && c.quote.trim()),
    corrections: form.corrections.filter((c) => c.date || c.note),
    media: keptRows(form.media),
  };
}
