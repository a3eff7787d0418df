/**
 * /events.csv: the TimelineJS Google Sheets template, so a newsroom can paste the
 * timeline into its sheet (or give TimelineJS the CSV's URL). Made from the same
 * TimelineJS data as /timelinejs.json: one mapping, two formats. The cells hold
 * what the template's cells hold, HTML included (TimelineJS reads them the same way).
 */
import { csvFile } from "./csv.ts";
import { TEMPLATE_COLUMNS } from "../../core/timelinejs-format.ts";
import type { TimelineJsData, TlDate, TlSlide } from "./timelinejs.ts";

/** The template's columns, in its order. */
export const SHEET_COLUMNS = TEMPLATE_COLUMNS;

type Row = Record<(typeof SHEET_COLUMNS)[number], string>;

/** A title row, one row per event (Type empty), one per era (Type "era"). */
export function sheetRows(data: TimelineJsData): string[][] {
  const rows: Partial<Row>[] = [
    { ...slideCells(data.title), Type: "title" },
    ...data.events.map(slideCells),
    ...data.eras.map((era) => ({ ...dateCells(era.start_date, era.end_date), Headline: era.text.headline, Type: "era" })),
  ];
  return rows.map((row) => SHEET_COLUMNS.map((column) => row[column] ?? ""));
}

export function sheetCsv(data: TimelineJsData): string {
  return csvFile(SHEET_COLUMNS, sheetRows(data));
}

function slideCells(slide: TlSlide): Partial<Row> {
  return {
    ...dateCells(slide.start_date, slide.end_date),
    "Display Date": slide.display_date,
    Headline: slide.text.headline,
    Text: slide.text.text,
    Media: slide.media?.url,
    "Media Credit": slide.media?.credit,
    "Media Caption": slide.media?.caption,
    "Media Thumbnail": slide.media?.thumbnail,
    Group: slide.group,
  };
}

function dateCells(start?: TlDate, end?: TlDate): Partial<Row> {
  return { Year: start?.year, Month: start?.month, Day: start?.day, "End Year": end?.year, "End Month": end?.month, "End Day": end?.day };
}
