/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) read into the
 * same rows as a sheet: the title slide, each of `events[]` and each of `eras[]`. Every
 * field is kept, by its JSON path, for the document; the ones TimelineJS gives meaning
 * are also read by meaning.
 */
import { field, TimelineReadError, type DateFields, type Field, type RowKind, type TimelineRow } from "./row.ts";

/** Paths read by meaning; any other field is kept in the document only. */
const MAPPED = new Set([
  ...["start_date", "end_date"].flatMap((d) => ["year", "month", "day", "hour", "minute", "second", "millisecond"].map((p) => `${d}.${p}`)),
  "text.headline", "text.text", "display_date", "group", "unique_id", "type",
  ...["url", "caption", "credit", "thumbnail", "alt", "title"].map((p) => `media.${p}`),
]);
const TOP_LEVEL = new Set(["title", "events", "eras"]);

export interface JsonRows {
  columns: string[];
  rows: TimelineRow[];
  notes: string[];
  /** Top-level fields other than title, events and eras (e.g. scale): kept in the document only. */
  extra: Field[];
}

/** Parses the file text; throws a TimelineReadError naming the problem. */
export function parseTimelineJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TimelineReadError(`${fileName} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A TimelineJS 3 JSON object → rows (title, events, eras), in that order. */
export function timelineJsonRows(json: unknown, fileName = "timeline.json"): JsonRows {
  if (!isObject(json) || !(Array.isArray(json.events) || isObject(json.title))) {
    throw new TimelineReadError(
      `${fileName} is not TimelineJS 3 JSON: expected an object with "events" (a list of slides with start_date and text), and optionally "title" and "eras".`,
    );
  }
  const rows: TimelineRow[] = [];
  const notes: string[] = [];
  if (isObject(json.title)) rows.push(slideRow(json.title, "title", 0, "title", "title"));
  const events = Array.isArray(json.events) ? json.events : [];
  events.forEach((slide, i) => {
    const id = isObject(slide) && typeof slide.unique_id === "string" && slide.unique_id.trim() ? ` (unique_id "${slide.unique_id.trim()}")` : "";
    const kind: RowKind = isObject(slide) && slide.type === "title" ? "title" : "event";
    rows.push(slideRow(isObject(slide) ? slide : { value: slide }, kind, i, `events[${i}]${id}`, `events[${i}]`));
  });
  const eras = Array.isArray(json.eras) ? json.eras : [];
  eras.forEach((era, i) => rows.push(slideRow(isObject(era) ? era : { value: era }, "era", i, `eras[${i}]`, `eras[${i}]`)));
  const extra: Field[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (TOP_LEVEL.has(key)) continue;
    notes.push(`"${key}": ${JSON.stringify(value)?.slice(0, 80)} is not imported (kept in the document only)`);
    extra.push(...flatten(value, key));
  }
  return { columns: Object.keys(json), rows, notes, extra };
}

function slideRow(slide: Record<string, unknown>, kind: RowKind, index: number, label: string, path: string): TimelineRow {
  const cells = flatten(slide, "");
  const at = (p: string): Field | undefined => {
    const value = cells.find((c) => c.column === p)?.value;
    return field(`${path}.${p}`, value);
  };
  const media = {
    url: at("media.url"),
    credit: at("media.credit"),
    caption: at("media.caption"),
    thumbnail: at("media.thumbnail"),
    alt: at("media.alt"),
    title: at("media.title"),
  };
  const type = at("type");
  return {
    number: index,
    label,
    kind,
    path,
    cells,
    start: dateFields(at, "start_date", path),
    end: dateFields(at, "end_date", path),
    headline: at("text.headline"),
    text: at("text.text"),
    displayDate: at("display_date"),
    media: Object.values(media).some(Boolean) ? media : undefined,
    group: at("group"),
    uniqueId: at("unique_id"),
    unknownType: type && !["title", "era"].includes(type.value) ? type : undefined,
    unmapped: cells.filter((c) => !MAPPED.has(c.column) && c.value.trim() !== "").map((c) => ({ column: `${path}.${c.column}`, value: c.value })),
  };
}

function dateFields(at: (p: string) => Field | undefined, name: string, path: string): DateFields {
  const [hour, minute, second, millisecond] = ["hour", "minute", "second", "millisecond"].map((p) => at(`${name}.${p}`));
  const parts = [hour, minute, second, millisecond].filter((p): p is Field => p !== undefined);
  const time = parts.length
    ? {
        column: `${path}.${name}.${parts.map((p) => p.column.split(".").pop()).join("/")}`,
        value: [hour?.value ?? "0", (minute?.value ?? "0").padStart(2, "0"), ...(second || millisecond ? [(second?.value ?? "0").padStart(2, "0")] : [])].join(":") +
          (millisecond ? `.${millisecond.value}` : ""),
      }
    : undefined;
  return { year: at(`${name}.year`), month: at(`${name}.month`), day: at(`${name}.day`), time };
}

/** Every scalar leaf as "path: value" (a.b, list[0]), in the object's order. */
function flatten(value: unknown, path: string): Field[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${path}[${i}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  const text = String(value);
  return text === "" ? [] : [{ column: path || "value", value: text }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
