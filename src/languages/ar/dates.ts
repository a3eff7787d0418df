/**
 * A whole written date (26 مارس 2020, الخميس 26 مارس, 2020-04-02, 22/3/2020), as a pattern
 * without groups and a reader, for the parsers that find a date inside a larger frame
 * (datelines, page dates).
 */
import type { Parts } from "../extraction.ts";
import { MONTH, MONTH_NAME, monthNumber, WEEKDAY } from "./constants.ts";

const NUMERIC = "(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})(?!\\d)";
const WRITTEN = `(?:(?:يوم\\s+)?${WEEKDAY}\\s*(?:[،,]\\s*)?)?\\d{1,2}\\s*(?:من\\s+)?${MONTH}(?:\\s*(?:[،,]\\s*)?(?:19|20)\\d{2}(?!\\d)(?:م(?![\\p{L}\\p{M}]))?)?`;

/** A numeric or written date, ending on a word boundary. */
export const FULL_DATE = `(?:${NUMERIC}|${WRITTEN}(?![\\p{L}\\p{M}]))`;

/** Year, month and day of a numeric date: ISO order, else day/month/year (month/day/year when the day slot is > 12). */
export function readNumeric(year: string | undefined, a: string, b: string, trailingYear?: string): Parts | null {
  if (year) return valid({ year: Number(year), month: Number(a), day: Number(b) });
  let day = Number(a);
  let month = Number(b);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return valid({ year: Number(trailingYear), month, day });
}

/** Reads a text matched by FULL_DATE. */
export function readDate(text: string): Parts | null {
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return readNumeric(iso[1], iso[2]!, iso[3]!);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dmy) return readNumeric(undefined, dmy[1]!, dmy[2]!, dmy[3]);
  const written = new RegExp(`(\\d{1,2})\\s*(?:من\\s+)?(${MONTH_NAME})[^\\d]*(\\d{4})?`, "u").exec(text);
  if (!written) return null;
  const parts: Parts = { day: Number(written[1]), month: monthNumber(written[2]!) };
  if (written[3]) parts.year = Number(written[3]);
  return valid(parts);
}

function valid(parts: Parts): Parts | null {
  if (parts.month === undefined || parts.month < 1 || parts.month > 12) return null;
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return null;
  if (parts.year !== undefined && (parts.year < 1900 || parts.year > 2099)) return null;
  return parts;
}
