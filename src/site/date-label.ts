/**
 * Human labels for event dates that say exactly what is known:
 * "27–28 March 2020", "late February 2020", "shortly before 29 March 2020".
 * Dates are calendar dates: they are read and formatted in UTC, never in the
 * machine's zone, so every build prints the same label.
 */
import { DateTime, Interval } from "luxon";
import type { EventDate, Precision, Qualifier } from "../schema/index.ts";

const FORMAT: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/** Phrases around the formatted date, per UI language. `{}` is the date. */
const PHRASES: Record<string, Record<Qualifier, string>> = {
  en: {
    early: "early {}",
    mid: "mid-{}",
    late: "late {}",
    approximate: "about {}",
    before: "shortly before {}",
    "as-of": "as of {}",
  },
};

export function calendarDate(partial: string): DateTime {
  return DateTime.fromISO(partial, { zone: "utc" });
}

export function dateLabel(date: EventDate, locale = "en-GB"): string {
  const start = calendarDate(date.start).setLocale(locale);
  const format = FORMAT[date.precision];
  const text = date.end ? rangeLabel(start, calendarDate(date.end).setLocale(locale), format) : start.toLocaleString(format);
  if (!date.qualifier) return text;
  const phrases = PHRASES[new Intl.Locale(locale).language] ?? PHRASES.en!;
  return phrases[date.qualifier].replace("{}", text);
}

/**
 * Intl's range format ("27 – 28 March 2020"), with the dash closed up when only the
 * day changes, as newsroom style writes it: "27–28 March 2020".
 */
function rangeLabel(start: DateTime, end: DateTime, format: Intl.DateTimeFormatOptions): string {
  const text = Interval.fromDateTimes(start, end).toLocaleString(format);
  return start.hasSame(end, "month") ? text.replace(/\s*([–-])\s*/u, "$1") : text;
}

/** A `datetime` attribute value: the start, as precise as it is known. */
export function machineDate(date: EventDate): string {
  return date.start;
}
