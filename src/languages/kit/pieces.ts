/**
 * Pattern pieces for languages that write the day before the month ("1 de abril de 2020",
 * "1er avril 2020", "1 апреля 2020 г."), built from a locale's words. The kit's parsers
 * (day-month.ts, month.ts, …) take these pieces as data and never branch on a language,
 * as the shared refiners take connectors as data.
 *
 * Month and weekday names are lower case in these languages: a capitalised one in running
 * text is a name ("Hospital 12 de Octubre", "8 Марта"), so only lower case and ALL CAPS match.
 * Patterns use the `u` flag; word edges are Unicode letters, not \b (which is ASCII only).
 */
import type { Parts } from "../extraction.ts";

export interface LocaleWords {
  /** Month names in every written form (cases, spellings), lower case → 1–12. */
  months: Record<string, number>;
  /** Abbreviations without their dot, lower case → 1–12: after a day number they need no dot; alone they do. */
  abbreviations: Record<string, number>;
  /** Weekday names in every form, lower case → 1 (Monday) … 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Number words for counts ("dos semanas", "trois jours", "две недели"), lower case. */
  numbers: Record<string, number>;
  /** What may follow a day number: "º", "er", "-го" (regex source). */
  ordinal: string;
  /** Between day and month: " de " (regex source). */
  dayOf: string;
  /** Between month and year: " de " (regex source). */
  monthOf: string;
  /** What may follow a year and belongs to the date: " г.", " года" (regex source; "" for none). */
  yearWord: string;
}

/** Not preceded / followed by a letter or digit. */
export const START = "(?<![\\p{L}\\p{N}])";
export const END = "(?![\\p{L}\\p{N}])";

export const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const forms = (words: string[]) => words.flatMap((w) => [w, w.toUpperCase()]);

export interface Pieces {
  words: LocaleWords;
  /** A month after a day number: full name, or abbreviation with or without its dot. */
  MONTH: string;
  /** A month on its own: full name, or abbreviation with its dot. */
  MONTH_ALONE: string;
  WEEKDAY: string;
  /** A day number 1–31 with its ordinal mark, not part of a longer number or a numeric date. */
  DAY: string;
  /** The same after a range or list word ("1-3", "1 al 3"), where a hyphen may come right before it. */
  NEXT_DAY: string;
  /** A four-digit year (1800–2099) with the locale's year word, not part of a longer number. */
  YEAR: string;
  /** Day, month and optional year: "1 de abril de 2020". */
  DATE: string;
  monthNumber(word: string): number | undefined;
  weekdayNumber(word: string): number | undefined;
  count(word: string): number | undefined;
  /** The parts a matched date text states (first day, first month, first year in it). */
  read(text: string): Parts;
}

export function buildPieces(words: LocaleWords): Pieces {
  const full = byLength(forms(Object.keys(words.months)));
  const abbr = byLength(forms(Object.keys(words.abbreviations)));
  const MONTH = `(?:(?:${full})${END}|(?:${abbr})(?:\\.|${END}))`;
  const MONTH_ALONE = `(?:(?:${full})${END}|(?:${abbr})\\.)`;
  const WEEKDAY = `(?:${byLength(forms(Object.keys(words.weekdays)))})${END}`;
  const NEXT_DAY = `(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])(?:${words.ordinal})?${END}`;
  const DAY = `(?<![\\d.,/:-])${NEXT_DAY}`;
  const YEAR = `(?:1[89]|20)\\d\\d(?![\\d.,/-]\\d|\\d)(?:${words.yearWord})?`;
  const DATE = `${DAY}${words.dayOf}${MONTH}(?:${words.monthOf}${YEAR})?`;
  const lookup = (table: Record<string, number>) => (word: string) => table[word.toLowerCase().replace(/\.$/, "")];
  const monthNumber = (w: string) => lookup(words.months)(w) ?? lookup(words.abbreviations)(w);
  const monthRe = new RegExp(`${START}(?:${full}|${abbr})${END}`, "u");
  return {
    words,
    MONTH,
    MONTH_ALONE,
    WEEKDAY,
    DAY,
    NEXT_DAY,
    YEAR,
    DATE,
    monthNumber,
    weekdayNumber: lookup(words.weekdays),
    count: (w) => (/^\d+$/.test(w) ? Number(w) : lookup(words.numbers)(w)),
    read(text) {
      const month = monthRe.exec(text);
      const head = month ? text.slice(0, month.index) : text;
      const tail = month ? text.slice(month.index) : text;
      const day = /\d{1,2}/.exec(head);
      const year = /(?<!\d)\d{4}(?!\d)/.exec(tail);
      return {
        ...(day ? { day: Number(day[0]) } : {}),
        ...(month ? { month: monthNumber(month[0]) } : {}),
        ...(year ? { year: Number(year[0]) } : {}),
      };
    },
  };
}

/** Text just before an index. */
export function before(text: string, index: number, length = 30): string {
  return text.slice(Math.max(0, index - length), index);
}

/** Text just after a match. */
export function after(text: string, m: RegExpExecArray, length = 30): string {
  const end = m.index + m[0].length;
  return text.slice(end, end + length);
}
