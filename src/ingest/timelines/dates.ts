/**
 * A row's date parts (Year, Month, Day, Time and their End columns) → an event date with
 * the precision the parts give. Times are dropped (events hold calendar dates) and said
 * so; a part that is not a date (month 13, day 32, text in Year, BCE or five-digit
 * years, an end before the start) is a problem naming its column, and the row is not
 * imported.
 */
import { coarser, daysInMonth, formatParts, partsOf, truncate } from "../../core/partial-date.ts";
import type { Precision } from "../../schema/index.ts";
import type { DateFields, Field } from "./row.ts";

export interface RowProblem {
  column: string;
  message: string;
}

export interface DateResult {
  date?: { start: string; end?: string; precision: Precision };
  /** How the parts were read, e.g. "date 2020-03 (month precision: no Day)". */
  mapped: string[];
  problems: RowProblem[];
}

type Names = Record<"year" | "month" | "day", string>;
const ORDER: Precision[] = ["year", "month", "day"];

/** Column names for missing parts: the sheet's, or JSON paths under the slide. */
export function dateColumns(path: string | undefined, end: boolean): Names {
  if (path) {
    const d = `${path}.${end ? "end_date" : "start_date"}`;
    return { year: `${d}.year`, month: `${d}.month`, day: `${d}.day` };
  }
  return end ? { year: "End Year", month: "End Month", day: "End Day" } : { year: "Year", month: "Month", day: "Day" };
}

/** An event's date from its start and end parts. */
export function rowDate(start: DateFields, end: DateFields, path?: string): DateResult {
  const mapped: string[] = [];
  const problems: RowProblem[] = [];
  const from = readParts(start, dateColumns(path, false), problems);
  const hasEnd = Boolean(end.year || end.month || end.day);
  const to = end.year ? readParts(end, dateColumns(path, true), problems) : undefined;
  if (hasEnd && !end.year) {
    const given = [end.month, end.day].filter((f): f is Field => f !== undefined);
    mapped.push(`${given.map((f) => `${f.column} "${f.value}"`).join(", ")} without ${dateColumns(path, true).year}: no end date (kept in the document)`);
  }
  for (const time of [start.time, end.time]) {
    if (time) mapped.push(`${time.column} "${time.value}" dropped: events hold calendar dates, not times (kept in the document)`);
  }
  if (!from || (hasEnd && end.year && !to) || problems.length) return { mapped, problems };

  let precision = from.precision;
  if (to && to.precision !== from.precision) {
    const coarse = coarser(from.precision, to.precision);
    const fine = from.precision === coarse ? to : from;
    const names = dateColumns(path, fine === to);
    const dropped = ORDER.slice(ORDER.indexOf(coarse) + 1, ORDER.indexOf(fine.precision) + 1).map((p) => `${names[p]} "${fine.fields[p]?.value}"`);
    mapped.push(`${dropped.join(", ")} dropped: ${fine === to ? "the start" : "the end"} is only known to the ${coarse}, and a range has one precision`);
    precision = coarse;
  }
  const startValue = truncate(from.value, precision);
  let endValue = to && truncate(to.value, precision);
  if (endValue !== undefined && endValue < startValue) {
    const column = firstDifference(from.value, to!.value, dateColumns(path, true));
    problems.push({ column, message: `the end (${endValue}) is before the start (${startValue}): fix the dates or swap them` });
    return { mapped, problems };
  }
  if (endValue !== undefined && endValue === startValue) {
    mapped.push(`end ${endValue} is the same ${precision} as the start: a single date`);
    endValue = undefined;
  }
  const missing = ORDER.slice(ORDER.indexOf(precision) + 1).map((p) => dateColumns(path, false)[p].slice(path ? path.length + 1 : 0));
  const range = endValue ? ` to ${endValue}` : "";
  mapped.unshift(`date ${startValue}${range} (${precision} precision${missing.length && precision === from.precision ? `: no ${missing.join(", no ")}` : ""})`);
  return { date: { start: startValue, ...(endValue ? { end: endValue } : {}), precision }, mapped, problems };
}

/** An era's first and last dates, each as precise as written. */
export function eraDates(start: DateFields, end: DateFields, path?: string): { start?: string; end?: string; mapped: string[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const mapped: string[] = [];
  const from = readParts(start, dateColumns(path, false), problems);
  const to = readParts(end, dateColumns(path, true), problems);
  for (const time of [start.time, end.time]) if (time) mapped.push(`${time.column} "${time.value}" dropped (kept in the document)`);
  if (!from || !to) return { mapped, problems };
  const common = coarser(from.precision, to.precision);
  if (truncate(to.value, common) < truncate(from.value, common)) {
    problems.push({ column: firstDifference(from.value, to.value, dateColumns(path, true)), message: `the era ends (${to.value}) before it starts (${from.value})` });
    return { mapped, problems };
  }
  return { start: from.value, end: to.value, mapped, problems };
}

interface Parts {
  value: string;
  precision: Precision;
  fields: Partial<Record<Precision, Field>>;
}

function readParts(parts: DateFields, names: Names, problems: RowProblem[]): Parts | undefined {
  const before = problems.length;
  if (!parts.year) {
    problems.push({ column: names.year, message: "is empty: every event and era needs at least a year" });
    return undefined;
  }
  const yearText = parts.year.value.replace(/[\s,]+/g, "");
  let year: number | undefined;
  if (!/^[+-]?\d+$/.test(yearText)) {
    problems.push({ column: parts.year.column, message: `"${parts.year.value}" is not a year: write it in digits, e.g. 2020 (a wording like "Spring 2020" belongs in Display Date)` });
  } else if (Number(yearText) < 0 || Number(yearText) > 9999 || yearText.startsWith("-")) {
    problems.push({ column: parts.year.column, message: `"${parts.year.value}" is outside the years 0000–9999 the timeline can hold (no BCE or cosmological dates)` });
  } else year = Number(yearText);
  let month: number | undefined;
  if (parts.month) {
    const m = parts.month.value;
    if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12) {
      problems.push({ column: parts.month.column, message: `"${m}" is not a month: write 1 to 12` });
    } else month = Number(m);
  }
  if (parts.day) {
    const d = parts.day.value;
    if (!parts.month) {
      problems.push({ column: parts.day.column, message: `a day ("${d}") without a month: fill in ${names.month} or clear ${names.day}` });
    } else if (month !== undefined && year !== undefined) {
      const last = daysInMonth(year, month);
      if (!/^\d{1,2}$/.test(d) || Number(d) < 1 || Number(d) > last) {
        problems.push({ column: parts.day.column, message: `"${d}" is not a day of ${formatParts({ year, month })} (1–${last})` });
      }
    }
  }
  if (problems.length > before || year === undefined) return undefined;
  const value = formatParts({ year, ...(month ? { month } : {}), ...(parts.day ? { day: Number(parts.day.value) } : {}) });
  const precision: Precision = parts.day ? "day" : month ? "month" : "year";
  return { value, precision, fields: { year: parts.year, month: parts.month, day: parts.day } };
}

function firstDifference(start: string, end: string, names: Names): string {
  const [a, b] = [partsOf(start), partsOf(end)];
  const differs = ORDER.find((p) => b[p] !== undefined && a[p] !== b[p]);
  return names[differs ?? "year"];
}
