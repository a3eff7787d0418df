/**
 * English month, weekday and number words, and the pattern pieces the parsers share.
 * Month and weekday names are matched as written in news copy: Capitalised or ALL CAPS,
 * never lower case, so "may", "march" and "sun" are not dates.
 */
const FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(FULL.map((name, i) => [name.toLowerCase(), i + 1])),
  ...ABBR,
};

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const forms = (words: string[]) => words.flatMap((w) => [cap(w), w.toUpperCase()]);
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const ABBR_WORDS = forms(Object.keys(ABBR));

/** A month as written before or after a day: "March", "Mar.", "Mar", "MARCH". */
export const MONTH = `(?:${byLength(forms(FULL))}|(?:${byLength(ABBR_WORDS)})\\.?)(?![A-Za-z])`;

/** A month standing alone ("in March", "Jan. 2020"): full names, or abbreviations with a dot. */
export const MONTH_ALONE = `(?:${byLength(forms(FULL))}(?![A-Za-z])|(?:${byLength(ABBR_WORDS)})\\.)`;

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** "Friday", "FRIDAY"; "Friday's" too, but not "Fridays" (a habit, not a date). */
export const WEEKDAY = `(?:${forms(Object.keys(WEEKDAYS)).join("|")})(?![A-Za-z])`;

/** An ordinal suffix after a day number: 1st, 22nd, 3rd, 26th. */
export const ORD = "(?:st|nd|rd|th)?";

/** Prepositions after which a bare month or year is a date: "in March", "since 2019". */
export const TIME_PREPOSITION = /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Aa]round|[Oo]f|[Ff]or|[Bb]etween)\s+$/;

/** Words that put a bare month ahead: "postponed to September", "pushed back until June". */
export const FUTURE_TO = /\b(?:postponed|delayed|deferred|pushed back|put off|moved back|rescheduled)\s+(?:to|until|till|for)\s+$/i;

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")]!;
}

export function weekdayNumber(word: string): number {
  return WEEKDAYS[word.toLowerCase()]!;
}

export function countNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!;
}

/** A day of month 1–31 from "26", "26th". */
export function dayNumber(word: string): number | undefined {
  const n = Number.parseInt(word, 10);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** Text just before an index, for look-behind checks in extract functions. */
export function before(text: string, index: number, length = 24): string {
  return text.slice(Math.max(0, index - length), index);
}

/** Text just after a match. */
export function after(text: string, m: RegExpExecArray, length = 24): string {
  const end = m.index + m[0].length;
  return text.slice(end, end + length);
}

/** What follows a number that makes it a quantity, not a day or year: "10 percent", "5 p.m.", "3.5". */
export const QUANTITY_AFTER = /^(?:\s*(?:%|[.,:]\d)|\s*(?:[ap]\.m\.|[ap]m\b|percent\b|per cent\b|million\b|billion\b|thousand\b|hundred\b))/;
