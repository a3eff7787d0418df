/**
 * TimelineJS's Google Sheets template, exported as CSV (csv-parse: quoted newlines, BOM)
 * or XLSX (read-excel-file), read into timeline rows numbered as the spreadsheet shows
 * them (the header is row 1). Cells are kept as written; nothing is dropped here.
 */
import { parse } from "csv-parse/sync";
import readExcelFile from "read-excel-file/node";
import { decodeUtf8, describeEncodingProblem } from "../../core/text-encoding.ts";
import { TEMPLATE_COLUMNS } from "../../core/timelinejs-format.ts";
import { field, TimelineReadError, type Field, type TimelineRow } from "./row.ts";

export { TEMPLATE_COLUMNS };
/** Columns TimelineJS's own reader also knows: alt text for the media, and "Tag" (the old name of Group). */
const EXTRA_KNOWN = ["Alt Text", "Tag"] as const;
type Column = (typeof TEMPLATE_COLUMNS)[number] | (typeof EXTRA_KNOWN)[number];
const KNOWN = new Map<string, Column>([...TEMPLATE_COLUMNS, ...EXTRA_KNOWN].map((c) => [c.toLowerCase(), c]));

export interface Sheet {
  header: string[];
  /** Data rows with their spreadsheet row number. */
  rows: { number: number; cells: string[] }[];
  notes: string[];
}

/** A CSV export: UTF-8 (a BOM is fine), comma-separated, quoted cells may span lines. */
export function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new TimelineReadError(`${fileName} ${describeEncodingProblem(decoded, fileName)}`);
  let records: string[][];
  try {
    records = parse(decoded.text, { relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new TimelineReadError(`${fileName} is not readable CSV: ${(error as Error).message}`);
  }
  // Each record is one spreadsheet row (a quoted newline stays inside its cell).
  const [header = [], ...data] = records;
  return { header, rows: data.map((cells, i) => ({ number: i + 2, cells })), notes: [] };
}

/** An XLSX export: the first sheet that has the template's header (others are named in the notes). */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // Numbers as written (no 2020 → 2020.0000001 surprises), cells untrimmed.
    sheets = (await readExcelFile(Buffer.from(bytes), { trim: false, parseNumber: (s: string) => s })) as never;
  } catch (error) {
    throw new TimelineReadError(`${fileName} is not a readable .xlsx workbook: ${(error as Error).message}`);
  }
  const index = Math.max(0, sheets.findIndex((s) => isTimelineHeader((s.data[0] ?? []).map((c) => cellText(c, "")))));
  const chosen = sheets[index];
  if (!chosen) throw new TimelineReadError(`${fileName} has no sheets`);
  const [headerRow = [], ...data] = chosen.data;
  const header = headerRow.map((c) => cellText(c, ""));
  const notes = sheets
    .filter((_, i) => i !== index)
    .map((s) => `sheet "${s.sheet}" not imported: only sheet "${chosen.sheet}" is read as the timeline`);
  return { header, rows: data.map((cells, i) => ({ number: i + 2, cells: cells.map((c, j) => cellText(c, header[j] ?? "")) })), notes };
}

/** An XLSX cell as text: numbers and text as written, TRUE/FALSE, dates as ISO dates (times for the Time columns). */
function cellText(cell: unknown, column: string): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const rounded = new Date(Math.round(cell.getTime() / 1000) * 1000).toISOString();
    if (/time$/i.test(column.trim())) return rounded.slice(11, rounded.endsWith(":00.000Z") ? 16 : 19);
    return rounded.endsWith("T00:00:00.000Z") ? rounded.slice(0, 10) : rounded.replace(".000Z", "Z");
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

function isTimelineHeader(header: string[]): boolean {
  const names = new Set(header.map((h) => KNOWN.get(h.trim().toLowerCase())));
  return names.has("Year") && (names.has("Headline") || names.has("Text"));
}

/** Sheet rows → timeline rows. Throws when the header is not TimelineJS's. */
export function sheetToRows(sheet: Sheet, fileName: string): { rows: TimelineRow[]; blankRows: number[]; notes: string[] } {
  const { header } = sheet;
  if (!isTimelineHeader(header)) throw new TimelineReadError(notTimelineMessage(header, fileName));
  const columns = header.map((name) => KNOWN.get(name.trim().toLowerCase()));
  // A column named twice: the first one counts, the next is kept as an unknown column.
  columns.forEach((c, i) => {
    if (c && columns.indexOf(c) !== i) columns[i] = undefined;
  });
  const notes = [...sheet.notes];
  header.forEach((name, i) => {
    if (!columns[i]) notes.push(`column ${columnLetter(i)} "${name}" is not a TimelineJS column: its values are kept in the document only`);
  });
  const blankRows: number[] = [];
  const rows: TimelineRow[] = [];
  for (const { number, cells } of sheet.rows) {
    if (cells.every((c) => c.trim() === "")) {
      blankRows.push(number);
      continue;
    }
    const cellFields: Field[] = [];
    const by = new Map<Column, Field>();
    const unmapped: Field[] = [];
    cells.forEach((value, i) => {
      const name = header[i] ?? `column ${columnLetter(i)}`;
      if (value.trim() === "") return;
      cellFields.push({ column: name, value });
      const known = columns[i];
      const f = field(known ?? name, value)!;
      if (known) by.set(known, f);
      else unmapped.push(f);
    });
    const get = (c: Column) => by.get(c);
    const type = get("Type")?.value.toLowerCase();
    const kind = type === "title" ? "title" : type === "era" ? "era" : "event";
    const media = { url: get("Media"), credit: get("Media Credit"), caption: get("Media Caption"), thumbnail: get("Media Thumbnail"), alt: get("Alt Text") };
    rows.push({
      number,
      label: `row ${number}`,
      kind,
      cells: cellFields,
      start: { year: get("Year"), month: get("Month"), day: get("Day"), time: get("Time") },
      end: { year: get("End Year"), month: get("End Month"), day: get("End Day"), time: get("End Time") },
      headline: get("Headline"),
      text: get("Text"),
      displayDate: get("Display Date"),
      media: Object.values(media).some(Boolean) ? media : undefined,
      group: get("Group") ?? get("Tag"),
      unknownType: type && kind === "event" ? get("Type") : undefined,
      unmapped: [...(get("Background") ? [get("Background")!] : []), ...(get("Group") && get("Tag") ? [get("Tag")!] : []), ...unmapped],
    });
  }
  return { rows, blankRows, notes };
}

function notTimelineMessage(header: string[], fileName: string): string {
  const found = header.filter((h) => h.trim() !== "");
  const has = (c: string) => header.some((h) => h.trim().toLowerCase() === c.toLowerCase());
  const missing = ["Year", "Headline", "Text"].filter((c) => !has(c));
  const separator = found.length === 1 && /[;\t|]/.test(found[0]!) ? ` It looks like its columns are separated by "${/;/.test(found[0]!) ? ";" : /\t/.test(found[0]!) ? "tab" : "|"}": export it again as comma-separated values.` : "";
  return (
    `${fileName} is not a TimelineJS sheet: ${found.length ? `its columns are ${found.map((h) => `"${h}"`).join(", ")}` : "its first row is empty"}` +
    ` (missing ${missing.join(", ")}).${separator}\nExpected the columns of TimelineJS's Google Sheets template in the first row: ${TEMPLATE_COLUMNS.join(", ")}` +
    " (at least Year and Headline or Text)."
  );
}

/** A, B, … Z, AA: the column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
