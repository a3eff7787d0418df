/** English month and weekday words. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Longest first, so "June" is not read as "Jun" + "e". */
export const MONTH_PATTERN = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")]!;
}
