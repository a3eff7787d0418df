/**
 * A partial date: a calendar date written only as far as it is known, "2020" (year),
 * "2020-03" (month) or "2020-03-29" (day). Its precision is its form; every stage asks
 * here instead of measuring the string. Calendar dates only: no time, no time zone
 * (Luxon values are made in UTC). Written with zeros, partial dates compare as strings:
 * "2020" < "2020-02" < "2020-02-28" < "2020-03" (a coarser date first, at its first day).
 */
import { DateTime } from "luxon";

export const PRECISIONS = ["day", "month", "year"] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The numbers a partial date is made of. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, digits with zeros (the calendar is checked by `isRealDate`). */
export const PARTIAL_DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };
const BY_LENGTH: Record<number, Precision> = { 4: "year", 7: "month", 10: "day" };

/** The precision of a partial date; undefined when it is not written as one. */
export function precisionOf(partial: string): Precision | undefined {
  return PARTIAL_DATE_FORM.test(partial) ? BY_LENGTH[partial.length] : undefined;
}

/** The form a precision is written in: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function formOf(precision: Precision): string {
  return "YYYY-MM-DD".slice(0, LENGTH[precision]);
}

/** The date cut to a coarser precision: ("2020-03-29", "month") → "2020-03". */
export function truncate(partial: string, precision: Precision): string {
  return partial.slice(0, LENGTH[precision]);
}

/** Precision order, coarsest first: the coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) > PRECISIONS.indexOf(b) ? a : b;
}

/** The year of a partial date, as written ("2020"). */
export function yearOf(partial: string): string {
  return truncate(partial, "year");
}

/**
 * The period a dated thing is listed under: its month ("2020-03") for day and month
 * dates, its year ("2020") for a date known only to the year.
 */
export function periodKey(start: string, precision: Precision): string {
  return truncate(start, precision === "year" ? "year" : "month");
}

export function partsOf(partial: string): DateParts {
  const [year, month, day] = partial.split("-").map(Number);
  return { year: year!, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** {year: 2020, month: 3} → "2020-03"; a day without a month is left out. */
export function formatParts({ year, month, day }: DateParts): string {
  let out = pad(year, 4);
  if (month !== undefined) out += `-${pad(month, 2)}`;
  if (month !== undefined && day !== undefined) out += `-${pad(day, 2)}`;
  return out;
}

/** A partial date as a Luxon value at the first day it covers, in UTC (a calendar date, never the machine's zone). */
export function calendarDate(partial: string): DateTime {
  return DateTime.fromISO(partial, { zone: "utc" });
}

/** The first day a partial date covers, as a JavaScript Date at midnight UTC (as `calendarDate`, without Luxon's parsing). */
export function utcDate(partial: string): Date {
  const { year, month = 1, day = 1 } = partsOf(partial);
  return new Date(new Date(0).setUTCFullYear(year, month - 1, day));
}

/** The first day a partial date covers, YYYY-MM-DD: 2020 → 2020-01-01, 2020-03 → 2020-03-01. */
export function firstDay(partial: string): string {
  return `${partial}-01-01`.slice(0, 10);
}

/** The last day a partial date covers, YYYY-MM-DD: 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
export function lastDay(partial: string): string {
  const precision = precisionOf(partial);
  if (precision === "day") return partial;
  return calendarDate(partial).endOf(precision === "year" ? "year" : "month").toISODate()!;
}

/** The ISO week (Monday to Sunday) of a day, YYYY-MM-DD, as a number: consecutive weeks differ by 1. */
export function weekNumber(day: string): number {
  const days = utcDate(day).getTime() / 86_400_000; // since 1970-01-01, a Thursday
  return Math.floor((days + 3) / 7); // weeks since Monday 1969-12-29
}

/** Whether a well-formed partial date exists in the calendar (not 2020-02-30, not month 13). */
export function isRealDate(partial: string): boolean {
  if (!PARTIAL_DATE_FORM.test(partial)) return false;
  const { year, month, day } = partsOf(partial);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The one thing wrong with a partial date, with the exact fix when there is one; undefined when valid. */
export function partialDateProblem(value: string): string | undefined {
  if (PARTIAL_DATE_FORM.test(value)) {
    return isRealDate(value) ? undefined : `is not a real calendar date${daysInMonthNote(value)}`;
  }
  const near = nearPartialDate(value);
  if (near && isRealDate(near)) return `use "${near}" (YYYY, YYYY-MM or YYYY-MM-DD, with zeros)`;
  return "use YYYY, YYYY-MM or YYYY-MM-DD";
}

/** "2020-4-5", "2020/04/05", "2020.4.5" → "2020-04-05"; undefined when the form is not that close. */
function nearPartialDate(value: string): string | undefined {
  const match = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$/.exec(value);
  if (!match) return undefined;
  return [match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map((p, i) => (i === 0 ? p : p.padStart(2, "0"))).join("-");
}

function daysInMonthNote(value: string): string {
  const { year, month } = partsOf(value);
  if (month === undefined) return "";
  if (month < 1 || month > 12) return " (months run from 01 to 12)";
  return ` (${DateTime.utc(year, month).setLocale("en").toFormat("LLLL yyyy")} has ${daysInMonth(year, month)} days)`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
