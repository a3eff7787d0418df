/**
 * Human labels for event dates that say exactly what is known, in the site's
 * languages: "27–28 March 2020", "late February 2020", "2020年2月下旬",
 * "أواخر فبراير 2020", "ปลายเดือนกุมภาพันธ์ 2563 (ค.ศ. 2020)".
 * Month and weekday names come from Intl; the words around them from each language's pack
 * (src/languages/<tag>/date-labels.json). Dates are calendar dates: read and formatted in UTC,
 * never in the machine's zone.
 */
import { DateTime } from "luxon";
import { precisionOf, utcDate } from "../core/partial-date.ts";
import { dateTimeFormat } from "../core/intl.ts";
import { packFor, type DateLabelPhrases } from "../languages/packs.ts";
import type { EventDate, Precision } from "../schema/index.ts";

const FORMAT: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

/** The date words of a UI language, from its language pack (date-labels.json); a missing pack is an error, not English. */
function phrasesOf(lang: string): DateLabelPhrases {
  return packFor(lang, "date labels").dateLabels;
}

/**
 * The locale used for dates in a UI language: for the pack's own tag, the pack's locale if it names
 * one (British English for "en", so the day comes first); a tag with a region ("en-US") is kept.
 */
export function dateLocale(lang: string): string {
  const pack = packFor(lang, "date labels");
  return (lang.toLowerCase() === pack.tag && pack.dateLabels.locale) || lang;
}

/**
 * Labels already made, by language and date: a site shows the same dates and months on many
 * pages, in every slice, feed and print view (at 10,000 events, labels were a fifth of building
 * the timelines).
 */
const labels = new Map<string, string>();
const remembered = (key: string, make: () => string): string => labels.get(key) ?? labels.set(key, make()).get(key)!;

export function dateLabel(date: EventDate, lang = "en"): string {
  return remembered(`date\0${lang}\0${date.start}\0${date.end ?? ""}\0${date.precision}\0${date.qualifier ?? ""}`, () => makeDateLabel(date, lang));
}

function makeDateLabel(date: EventDate, lang: string): string {
  const phrases = phrasesOf(lang);
  const locale = dateLocale(lang);
  const format = dateTimeFormat(locale, FORMAT[date.precision]);
  const start = utcDate(date.start);
  const text = date.end ? rangeLabel(format, start, utcDate(date.end), date.precision, locale, phrases) : formatted(format, start, phrases);
  return (date.qualifier ? qualify(phrases, date, text, locale) : text) + gregorianNote(locale, start);
}

/**
 * The qualifier's words around the date: the phrase for the date's precision (or "other"), with
 * `{}` the date as labelled and `{format}` the date with its month in CLDR's format context, as
 * inside a full date (Russian "начало марта 2020 г.", not the stand-alone "март").
 */
function qualify(phrases: DateLabelPhrases, date: EventDate, text: string, locale: string): string {
  const phrase = phrases.qualifier[date.qualifier!]!;
  const chosen = typeof phrase === "string" ? phrase : (phrase[date.precision] ?? phrase.other!);
  if (!chosen.includes("{format}")) return chosen.replace("{}", text);
  const inFormat = date.precision === "month" && !date.end ? monthInFormatContext(utcDate(date.start), locale, phrases) : text;
  return chosen.replace("{format}", inFormat);
}

/** A month and year as they read inside a full date: a day's date without its day ("1 марта 2020 г." → "марта 2020 г."). */
function monthInFormatContext(date: Date, locale: string, phrases: DateLabelPhrases): string {
  const parts = dateTimeFormat(locale, FORMAT.day).formatToParts(date);
  const day = parts.findIndex((p) => p.type === "day");
  const adjacent = parts[day + 1]?.type === "literal" ? day + 1 : day - 1;
  return joinParts(parts.filter((_, i) => i !== day && i !== adjacent), phrases).trim();
}

/** A formatted date, with the first of the month written as the language writes it (French "1er"). */
function formatted(format: Intl.DateTimeFormat, date: Date, phrases: DateLabelPhrases): string {
  return phrases.firstDay ? joinParts(format.formatToParts(date), phrases) : format.format(date);
}

function joinParts(parts: { type: string; value: string }[], phrases: DateLabelPhrases): string {
  return parts.map((p) => (p.type === "day" && p.value === "1" && phrases.firstDay ? phrases.firstDay : p.value)).join("");
}

/** A month or year heading in the UI language ("March 2020", "2020年3月", "มีนาคม 2563", "Marzo de 2020"). */
export function periodLabel(partial: string, lang = "en"): string {
  return remembered(`period\0${lang}\0${partial}`, () => makePeriodLabel(partial, lang));
}

function makePeriodLabel(partial: string, lang: string): string {
  const phrases = phrasesOf(lang);
  const precision: Precision = precisionOf(partial) === "year" ? "year" : "month";
  const locale = dateLocale(lang);
  const date = utcDate(partial);
  const label = dateTimeFormat(locale, FORMAT[precision]).format(date) + gregorianNote(locale, date);
  return phrases.capitalizePeriods ? label.charAt(0).toLocaleUpperCase(locale) + label.slice(1) : label;
}

/** An instant shown as a calendar day in UTC ("23 November 2026"). */
export function dayLabel(iso: string, lang = "en"): string {
  return remembered(`day\0${lang}\0${iso}`, () => makeDayLabel(iso, lang));
}

function makeDayLabel(iso: string, lang: string): string {
  const locale = dateLocale(lang);
  const date = DateTime.fromISO(iso, { zone: "utc" }).startOf("day").toJSDate();
  return formatted(dateTimeFormat(locale, FORMAT.day), date, phrasesOf(lang)) + gregorianNote(locale, date);
}

/**
 * Intl's range format, with the dash closed up when only the day changes, as newsroom
 * style writes it ("27–28 March 2020"); or start + join word + the parts that differ (zh).
 */
function rangeLabel(format: Intl.DateTimeFormat, start: Date, end: Date, precision: Precision, locale: string, phrases: DateLabelPhrases): string {
  if (phrases.rangeJoin) {
    const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
    const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
    const endFields: Intl.DateTimeFormatOptions =
      precision === "day" && sameMonth ? { day: "numeric" } : sameYear && precision !== "year" ? { ...FORMAT[precision], year: undefined } : FORMAT[precision];
    return `${formatted(format, start, phrases)}${phrases.rangeJoin}${formatted(dateTimeFormat(locale, { ...endFields, timeZone: "UTC" }), end, phrases)}`;
  }
  const text = phrases.firstDay ? joinParts(format.formatRangeToParts(start, end), phrases) : format.formatRange(start, end);
  const sameMonth = start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth();
  return sameMonth ? text.replace(/\s*([–-])\s*/u, "$1") : text;
}

const calendars = new Map<string, string>();
const calendarOf = (locale: string) => calendars.get(locale) ?? calendars.set(locale, dateTimeFormat(locale).resolvedOptions().calendar).get(locale)!;

/** Where the locale's calendar is not the Gregorian one (Thai: Buddhist Era), the Gregorian year too. */
function gregorianNote(locale: string, date: Date): string {
  if (calendarOf(locale) === "gregory") return "";
  return ` (${dateTimeFormat(`${locale}-u-ca-gregory`, { era: "short", year: "numeric", timeZone: "UTC" }).format(date)})`;
}

/** A `datetime` attribute value: the start, as precise as it is known. */
export function machineDate(date: EventDate): string {
  return date.start;
}
