/**
 * Human labels for event dates that say exactly what is known, in the site's
 * languages: "27–28 March 2020", "late February 2020", "2020年2月下旬",
 * "أواخر فبراير 2020", "ปลายเดือนกุมภาพันธ์ 2563 (ค.ศ. 2020)".
 * Dates are calendar dates: read and formatted in UTC, never in the machine's zone.
 */
import { DateTime } from "luxon";
import { calendarDate, precisionOf } from "../core/partial-date.ts";
import type { EventDate, Precision, Qualifier } from "../schema/index.ts";
import { dateTimeFormat, intlLocale } from "../core/intl.ts";

const FORMAT: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

interface Phrases {
  /** Words around the formatted date for each qualifier; `{}` is the date. */
  qualifier: Record<Qualifier, string>;
  /** Where Intl's range format is numeric (zh), ranges are joined with this word instead. */
  rangeJoin?: string;
}

/** Per UI language (the language subtag). Data, not branches: add a language by adding an entry. */
const PHRASES: Record<string, Phrases> = {
  en: {
    qualifier: { early: "early {}", mid: "mid-{}", late: "late {}", approximate: "about {}", before: "shortly before {}", "as-of": "as of {}" },
  },
  zh: {
    qualifier: { early: "{}上旬", mid: "{}中旬", late: "{}下旬", approximate: "约{}", before: "{}前不久", "as-of": "截至{}" },
    rangeJoin: "至",
  },
  ar: {
    qualifier: { early: "أوائل {}", mid: "منتصف {}", late: "أواخر {}", approximate: "نحو {}", before: "قُبيل {}", "as-of": "حتى {}" },
  },
  th: {
    qualifier: { early: "ต้นเดือน{}", mid: "กลางเดือน{}", late: "ปลายเดือน{}", approximate: "ประมาณ {}", before: "ไม่นานก่อน {}", "as-of": "จนถึง {}" },
  },
};

/** The locale used for dates in a UI language: British English for "en", so the day comes first. */
export function dateLocale(lang: string): string {
  return lang === "en" ? "en-GB" : lang;
}

export function dateLabel(date: EventDate, lang = "en"): string {
  const locale = dateLocale(lang);
  const phrases = PHRASES[intlLocale(locale).language] ?? PHRASES.en!;
  const format = dateTimeFormat(locale, FORMAT[date.precision]);
  const start = calendarDate(date.start).toJSDate();
  const text = date.end ? rangeLabel(format, start, calendarDate(date.end).toJSDate(), date.precision, locale, phrases) : format.format(start);
  const qualified = date.qualifier ? phrases.qualifier[date.qualifier].replace("{}", text) : text;
  return qualified + gregorianNote(locale, start);
}

/** A month or year heading in the UI language ("March 2020", "2020年3月", "มีนาคม 2563"). */
export function periodLabel(partial: string, lang = "en"): string {
  const precision: Precision = precisionOf(partial) === "year" ? "year" : "month";
  const locale = dateLocale(lang);
  const date = calendarDate(partial).toJSDate();
  return dateTimeFormat(locale, FORMAT[precision]).format(date) + gregorianNote(locale, date);
}

/** An instant shown as a calendar day in UTC ("23 November 2026"). */
export function dayLabel(iso: string, lang = "en"): string {
  const locale = dateLocale(lang);
  const date = DateTime.fromISO(iso, { zone: "utc" }).startOf("day").toJSDate();
  return dateTimeFormat(locale, FORMAT.day).format(date) + gregorianNote(locale, date);
}

/**
 * Intl's range format, with the dash closed up when only the day changes, as newsroom
 * style writes it ("27–28 March 2020"); or start + join word + the parts that differ (zh).
 */
function rangeLabel(format: Intl.DateTimeFormat, start: Date, end: Date, precision: Precision, locale: string, phrases: Phrases): string {
  if (phrases.rangeJoin) {
    const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
    const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
    const endFields: Intl.DateTimeFormatOptions =
      precision === "day" && sameMonth ? { day: "numeric" } : sameYear && precision !== "year" ? { ...FORMAT[precision], year: undefined } : FORMAT[precision];
    return `${format.format(start)}${phrases.rangeJoin}${dateTimeFormat(locale, { ...endFields, timeZone: "UTC" }).format(end)}`;
  }
  const text = format.formatRange(start, end);
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
