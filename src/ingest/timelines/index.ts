/**
 * Bringing in a TimelineJS timeline: read the file (Google Sheets template as CSV or XLSX,
 * or TimelineJS 3 JSON) into rows, then convert the rows into a timeline source, its
 * document, events, groups, eras and a row-by-row report. No files are written here.
 */
import { createHash } from "node:crypto";
import { decodeUtf8, describeEncodingProblem } from "../../core/text-encoding.ts";
import { TimelineReadError, type TimelineFormat, type TimelineInput } from "./row.ts";
import { rowsToEvents, type ConvertOptions, type TimelineConversion } from "./rows-to-events.ts";
import { readCsv, readXlsx, sheetToRows } from "./sheet.ts";
import { parseTimelineJsonText, timelineJsonRows } from "./timelinejs-json.ts";

export { TimelineReadError, type TimelineInput, type TimelineRow } from "./row.ts";
export { rowsToEvents, type ConvertOptions, type EventInput, type Status, type TimelineConversion } from "./rows-to-events.ts";
export { formatReport, type ReportSummary, type RowReport } from "./report.ts";
export { TEMPLATE_COLUMNS } from "./sheet.ts";

/** The format a file name says it is in, or undefined. */
export function timelineFormat(fileName: string): TimelineFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "csv" || ext === "xlsx" || ext === "json" ? ext : undefined;
}

/** Reads a timeline file's bytes; throws TimelineReadError when it is not a timeline at all. */
export async function readTimeline(bytes: Uint8Array, fileName: string, format = timelineFormat(fileName)): Promise<TimelineInput> {
  if (!format) throw new TimelineReadError(`${fileName}: use a .csv or .xlsx export of the TimelineJS Google Sheets template, or TimelineJS 3 .json`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length === 0) throw new TimelineReadError(`${fileName} is empty: nothing to import`);
  if (format === "json") {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) throw new TimelineReadError(`${fileName} ${describeEncodingProblem(decoded, fileName)}`);
    if (!decoded.text.trim()) throw new TimelineReadError(`${fileName} is empty: nothing to import`);
    const { columns, rows, notes, extra } = timelineJsonRows(parseTimelineJsonText(decoded.text, fileName), fileName);
    return { fileName, format, sha256, columns, rows, blankRows: [], notes, extra };
  }
  const sheet = format === "csv" ? readCsv(bytes, fileName) : await readXlsx(bytes, fileName);
  if (sheet.header.every((h) => h.trim() === "") && sheet.rows.every((r) => r.cells.every((c) => c.trim() === ""))) {
    throw new TimelineReadError(`${fileName} is empty: nothing to import`);
  }
  const { rows, blankRows, notes } = sheetToRows(sheet, fileName);
  return { fileName, format, sha256, columns: sheet.header, rows, blankRows, notes };
}

/**
 * A TimelineJS 3 JSON object (title, events[], eras[]) → events, groups, eras, the source
 * and its document, and the report: the same conversion `datelines import` runs on a .json file.
 */
export function timelineJsonToEvents(json: unknown, options: ConvertOptions & { fileName?: string } = {}): TimelineConversion {
  const fileName = options.fileName ?? "timeline.json";
  const { columns, rows, notes, extra } = timelineJsonRows(json, fileName);
  const sha256 = createHash("sha256").update(JSON.stringify(json)).digest("hex");
  return rowsToEvents({ fileName, format: "json", sha256, columns, rows, blankRows: [], notes, extra }, options);
}
