/**
 * One event slide → the fields of an event (everything but its final id, status and
 * citation), with what was mapped how, what the editor must still do, and what keeps it
 * from being published as it is. A row whose date is not a date, or that has neither
 * headline nor text, gives problems instead.
 */
import type { MediaItem, Precision } from "../../schema/index.ts";
import { rowDate, type RowProblem } from "./dates.ts";
import { escapeMarkdown, htmlToInline, htmlToPlain, shorten } from "./html-to-inline.ts";
import { short } from "./report.ts";
import { rowMedia } from "./row-media.ts";
import type { TimelineRow } from "./row.ts";
import { clip, slugify } from "../../core/slug.ts";

export interface RowEvent {
  date: { start: string; end?: string; precision: Precision };
  headline: string;
  summary: string;
  media?: MediaItem;
  /** The Group as text (its label); the caller gives it an id. */
  group?: string;
  /** The id before it is made unique. */
  idBase: string;
  /** What the citation quotes: the Text as plain text, or the Headline when there is no text. */
  quote: { column: string; plain: string };
  mapped: string[];
  todo: string[];
  /** Why it cannot be published as it is. */
  blocks: string[];
}

export function rowEvent(row: TimelineRow): RowEvent | { problems: RowProblem[] } {
  const dated = rowDate(row.start, row.end, row.path);
  const headlineColumn = row.headline?.column ?? (row.path ? `${row.path}.text.headline` : "Headline");
  const head = row.headline ? htmlToPlain(row.headline.value) : { text: "", notes: [] };
  const body = row.text ? htmlToInline(row.text.value, 2000) : undefined;
  const bodyPlain = row.text ? htmlToPlain(row.text.value).text : "";
  const problems = [...dated.problems];
  if (!head.text && !bodyPlain) {
    const textColumn = row.text?.column ?? (row.path ? `${row.path}.text.text` : "Text");
    problems.push({ column: headlineColumn, message: `is empty, and so is ${textColumn}: an event needs a headline or a text` });
  }
  if (!dated.date || problems.length) return { problems };

  const mapped = [...dated.mapped];
  const todo: string[] = [];
  const blocks: string[] = [];
  let headline = head.text;
  mapped.push(...head.notes.map((n) => `${headlineColumn}: ${n}`));
  if (!headline) {
    headline = shorten(bodyPlain, 200);
    mapped.push(`${headlineColumn} empty: the headline is the start of the text`);
    blocks.push("write a headline (it was empty; the text's first words stand in)");
  } else if (headline.length > 200) {
    headline = shorten(headline, 200);
    mapped.push(`${headlineColumn} shortened to 200 characters (the full headline is in the document)`);
  }
  let summary: string;
  if (body?.markdown) {
    summary = body.markdown;
    mapped.push(...body.notes.map((n) => `${row.text!.column}: ${n}`));
    if (body.links) mapped.push(`${row.text!.column}: ${body.links === 1 ? "1 link" : `${body.links} links`} kept`);
    if (body.shortened) {
      mapped.push(`${row.text!.column} is ${bodyPlain.length} characters: the summary is cut at a sentence end to fit 2000 (the full text is in the document)`);
      todo.push("check the shortened summary");
    }
  } else {
    summary = escapeMarkdown(headline);
    mapped.push(`${row.text?.column ?? "Text"} empty: the summary repeats the headline`);
    todo.push("write a summary");
  }

  const media = rowMedia(row.media);
  mapped.push(...media.mapped);
  todo.push(...media.todo);
  blocks.push(...media.blocks);
  if (row.displayDate) mapped.push(`${row.displayDate.column} "${short(row.displayDate.value)}" kept in the document only (the site writes the date from its precision)`);
  if (row.unknownType) mapped.push(`${row.unknownType.column} "${short(row.unknownType.value)}" is not a TimelineJS type (title, era): imported as an event`);
  for (const f of row.unmapped) mapped.push(`${f.column} "${short(f.value)}" kept in the document only`);
  const group = row.group ? htmlToPlain(htmlToPlain(row.group.value).text).text : "";

  const { idBase, idNote } = eventIdBase(row, dated.date.start, headline);
  if (idNote) mapped.push(idNote);
  const quote = bodyPlain ? { column: row.text!.column, plain: bodyPlain } : { column: headlineColumn, plain: head.text || headline };
  return {
    date: dated.date,
    headline,
    summary,
    ...(media.item ? { media: media.item } : {}),
    ...(group ? { group } : {}),
    idBase,
    quote,
    mapped,
    todo,
    blocks,
  };
}

/** unique_id as a slug, else the date and the headline's slug (or the row number for headlines without Latin letters). */
function eventIdBase(row: TimelineRow, start: string, headline: string): { idBase: string; idNote?: string } {
  if (row.uniqueId) {
    const slug = clip(slugify(row.uniqueId.value), 80);
    if (slug) return { idBase: slug, idNote: slug === row.uniqueId.value ? undefined : `${row.uniqueId.column} "${short(row.uniqueId.value)}" written as the id ${slug}` };
  }
  const slug = slugify(headline);
  const fallback = `${row.path ? "event" : "row"}-${row.number}`;
  const idBase = clip(`${start}-${slug || fallback}`, 80);
  const note = row.uniqueId ? `${row.uniqueId.column} "${short(row.uniqueId.value)}" has no Latin letters or digits: ` : "";
  return { idBase, idNote: slug ? (note ? `${note}id from the date and headline` : undefined) : `${note}headline has no Latin letters or digits: id from the date and ${fallback.replace("-", " ")}` };
}
