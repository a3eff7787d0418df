/**
 * The shape both TimelineJS inputs are read into: one row per slide (title, event or era),
 * every cell kept as written for the document, and the TimelineJS fields by meaning, each
 * with the column (sheet) or path (JSON) it came from so problems can name it.
 */

/** A value and the column or JSON path it was read from ("Month", "start_date.month"). */
export interface Field {
  column: string;
  value: string;
}

export interface DateFields {
  year?: Field;
  month?: Field;
  day?: Field;
  /** Time of day, as written (sheet "Time"), or assembled from hour/minute/second (JSON). */
  time?: Field;
}

export type RowKind = "title" | "event" | "era";

export interface TimelineRow {
  /** Spreadsheet row number (the header is row 1), or the index in the JSON list. */
  number: number;
  /** How an editor finds the row: "row 5", "events[3] (unique_id "x")", "title", "eras[0]". */
  label: string;
  kind: RowKind;
  /** JSON path of the slide ("events[3]"); absent for sheet rows, whose cells are named by column. */
  path?: string;
  /** Every cell or field with a value, in file order, exactly as written. */
  cells: Field[];
  start: DateFields;
  end: DateFields;
  headline?: Field;
  text?: Field;
  displayDate?: Field;
  media?: {
    url?: Field;
    credit?: Field;
    caption?: Field;
    thumbnail?: Field;
    alt?: Field;
    title?: Field;
  };
  group?: Field;
  uniqueId?: Field;
  /** The Type column when it is not one TimelineJS knows (title, era). */
  unknownType?: Field;
  /** Cells this importer does not map (Background, link, unknown columns…): kept in the document only. */
  unmapped: Field[];
}

export type TimelineFormat = "csv" | "xlsx" | "json";

/** A whole timeline file, read. */
export interface TimelineInput {
  /** The file name as given (for the source title, note and document). */
  fileName: string;
  format: TimelineFormat;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /** The sheet's header (as written), or the JSON top-level keys. */
  columns: string[];
  rows: TimelineRow[];
  /** Rows that hold nothing (blank in the sheet): listed in the report. */
  blankRows: number[];
  /** Things the reader noticed about the whole file (unknown columns, ignored sheets…). */
  notes: string[];
  /** Fields outside the rows (JSON top-level fields such as scale): kept in the document. */
  extra?: Field[];
}

/** A file that cannot be read as a timeline at all (empty, not UTF-8, wrong columns…). */
export class TimelineReadError extends Error {
  override name = "TimelineReadError";
}

/** Trims a value the way TimelineJS does; an empty cell is no field at all. */
export function field(column: string, value: unknown): Field | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === "string" ? value.trim() : String(value);
  return text === "" ? undefined : { column, value: text };
}
