/**
 * The document of an imported timeline (_data/documents/<source>.txt): the file written
 * out row by row, every cell that has a value exactly as written (including what events
 * cannot hold: times, display dates, backgrounds, unknown columns), so nothing is lost.
 * After a row's cells, a line gives the cited cell (Text, or Headline) as plain text:
 * the passage its event quotes, at offsets counted here in code points.
 */
import { codePointLength } from "../../core/code-points.ts";
import type { Field, TimelineInput, TimelineRow } from "./row.ts";

export interface QuotedRow {
  row: TimelineRow;
  /** What the row's event quotes; absent for rows that are not imported as events. */
  quote?: { column: string; plain: string };
}

export interface TimelineDocument {
  text: string;
  /** Code-point offsets of each quote, by row. */
  quotes: Map<TimelineRow, { quote: string; start: number; end: number }>;
}

const FORMAT_NAME = { csv: "TimelineJS Google Sheets template, as CSV", xlsx: "TimelineJS Google Sheets template, as XLSX", json: "TimelineJS 3 JSON" };
/** The longest quote a citation holds (UTF-16 code units, as the schema counts). */
export const MAX_QUOTE = 2000;

export function timelineDocument(input: Omit<TimelineInput, "rows" | "blankRows" | "notes">, rows: QuotedRow[]): TimelineDocument {
  const json = input.format === "json";
  const lines = [
    `[TimelineJS timeline: ${input.fileName}]`,
    `The timeline file ${input.fileName}, as \`datelines import\` read it: every ${json ? "slide, with every field" : "row, with every cell"} that has a value, exactly as written.`,
    "A value that runs over several lines continues on the next lines, each indented by four spaces.",
    `A line "… as plain text" gives that ${json ? "field" : "cell"}'s HTML as it reads: imported events quote it.`,
    "",
    `File: ${input.fileName}`,
    `Format: ${FORMAT_NAME[input.format]}`,
    `SHA-256: ${input.sha256}`,
    `${json ? "Top-level fields" : "Columns"}: ${input.columns.join(", ")}`,
  ];
  if (input.extra?.length) lines.push(...input.extra.map((f) => entry(f, "")));
  let text = `${lines.join("\n")}\n`;
  let offset = codePointLength(text);
  const quotes: TimelineDocument["quotes"] = new Map();
  const add = (line: string) => {
    text += `${line}\n`;
    offset += codePointLength(line) + 1;
  };
  for (const { row, quote } of rows) {
    add("");
    add(heading(row));
    for (const cell of row.cells) add(entry(cell, "  "));
    if (quote) {
      const prefix = `  ${plainColumn(quote.column)} as plain text: `;
      const start = offset + codePointLength(prefix);
      const cited = citable(quote.plain);
      quotes.set(row, { quote: cited, start, end: start + codePointLength(cited) });
      add(prefix + quote.plain);
    }
  }
  return { text, quotes };
}

function heading(row: TimelineRow): string {
  const kind = row.kind === "title" ? " (title slide)" : row.kind === "era" ? " (era)" : "";
  return row.path ? `${row.label}${kind}` : `Row ${row.number}${kind}`;
}

/** "Name: value", continuation lines indented. */
function entry(field: Field, indent: string): string {
  const value = field.value.replace(/\r\n?/g, "\n").split("\n").join(`\n${indent}    `);
  return `${indent}${field.column}: ${value}`;
}

/** "events[3].text.text" → "text.text"; sheet columns stay as they are. */
function plainColumn(column: string): string {
  return column.replace(/^(title|events\[\d+\]|eras\[\d+\])\./, "");
}

/** The quote: the whole plain text, or its start up to a sentence (else word) end within MAX_QUOTE. */
export function citable(plain: string): string {
  if (plain.length <= MAX_QUOTE) return plain;
  const head = plain.slice(0, MAX_QUOTE + 1);
  const sentence = [...head.matchAll(/[.!?。！？](?=\s)/gu)].at(-1);
  if (sentence) return plain.slice(0, sentence.index + 1);
  const space = head.lastIndexOf(" ");
  return plain.slice(0, space > 0 ? space : MAX_QUOTE).trimEnd();
}
