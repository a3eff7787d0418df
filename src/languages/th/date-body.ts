/**
 * Full date expressions shared by several parsers: "วันที่ 21 มีนาคม 2563", "11 ก.พ. 63",
 * "27/03/2563", "3/22/2020", "2020-04-02". Parsers embed the pattern strings and read the
 * matched text back with `readDate`.
 */
import type { Parts } from "../extraction.ts";
import { DAY, DAY_WORD, MONTH, YEAR_AFTER, dayNumber, monthNumber, toYear } from "./constants.ts";

/** Day, month, optional year. Groups: day, month, era, year. */
export const DMY = `(?:${DAY_WORD}\\s*)?${DAY}\\s*(?:เดือน\\s*)?(${MONTH})${YEAR_AFTER}`;
/** D/M/Y (or M/D/Y when the day comes second), D-M-Y, D.M.Y. Groups: a, b, year (three sets). */
export const NUMERIC =
  `(?:${DAY_WORD}\\s*)?(?<![\\d./-])(?:(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})|(\\d{1,2})-(\\d{1,2})-(\\d{4})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(?![\\d/]|[.,-]\\d)`;
/** 2020-04-02, 2020/4/2. Groups: year, month, day. */
export const ISO = `(?<![\\d./-])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/]|[.,-]\\d)`;
export const ANY_DATE = `(?:${DMY}|${NUMERIC}|${ISO})`;

const whole = (source: string) => new RegExp(`^${source}$`);
const DMY_RE = whole(DMY);
const NUMERIC_RE = whole(NUMERIC);
const ISO_RE = whole(ISO);

/** The parts of a day-month(-year) match (groups day, month, era, year). */
export function dmyParts(day: string, month: string, era?: string, year?: string): Parts | undefined {
  const d = dayNumber(day);
  if (d === undefined) return undefined;
  const parts: Parts = { day: d, month: monthNumber(month) };
  if (year !== undefined) {
    const y = toYear(year, era);
    if (y === undefined) return undefined;
    parts.year = y;
  }
  return parts;
}

/** The parts of a numeric date: the day first unless only the second number can be a day. */
export function numericParts(a: string, b: string, year: string): Parts | undefined {
  let [day, month] = [Number(a), Number(b)];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const y = year.length === 2 && Number(year) < 50 ? 2000 + Number(year) : toYear(year);
  if (y === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year: y, month, day };
}

export function isoParts(year: string, month: string, day: string): Parts | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return { year: y, month: m, day: d };
}

/** Reads a text matched by ANY_DATE. */
export function readDate(text: string): Parts | undefined {
  const dmy = DMY_RE.exec(text);
  if (dmy) return dmyParts(dmy[1]!, dmy[2]!, dmy[3], dmy[4]);
  const num = NUMERIC_RE.exec(text);
  if (num) {
    const set = [1, 4, 7].find((i) => num[i] !== undefined)!;
    return numericParts(num[set]!, num[set + 1]!, num[set + 2]!);
  }
  const iso = ISO_RE.exec(text);
  return iso ? isoParts(iso[1]!, iso[2]!, iso[3]!) : undefined;
}
