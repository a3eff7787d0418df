/**
 * Years in a translation follow its language's calendar, as the site's date labels do:
 * Thai writes Buddhist Era years ("29 มีนาคม 2563"), so "29 มีนาคม 2020" beside the label
 * "29 มีนาคม 2563 (ค.ศ. 2020)" reads as two different years. Data, not branches: the
 * calendar and month names come from Intl for whatever language the translation is in.
 */

export interface CalendarSlip {
  /** The words as written: "มีนาคม 2020". */
  found: string;
  /** The same in the language's calendar: "มีนาคม 2563". */
  fix: string;
}

const cache = new Map<string, { months: RegExp; year: Intl.DateTimeFormat } | null>();

/** Month names followed by a Gregorian year (1900–2199) in a language whose calendar is another. */
export function gregorianYears(text: string, lang: string): CalendarSlip[] {
  const rules = rulesFor(lang);
  if (!rules) return [];
  return [...text.matchAll(rules.months)].flatMap((m) => {
    const year = Number(m[2]);
    if (year < 1900 || year > 2199) return [];
    const local = rules.year.formatToParts(Date.UTC(year, 6, 1)).find((p) => p.type === "year")!.value;
    return [{ found: m[0], fix: `${m[1]}${m[0].slice(m[1]!.length, -4)}${local}` }];
  });
}

function rulesFor(lang: string) {
  if (!cache.has(lang)) {
    const calendar = new Intl.DateTimeFormat(lang).resolvedOptions().calendar;
    if (calendar === "gregory") cache.set(lang, null);
    else {
      const month = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" });
      const names = Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2020, m, 1)));
      const year = new Intl.DateTimeFormat(lang, { year: "numeric", numberingSystem: "latn", timeZone: "UTC" });
      cache.set(lang, { months: new RegExp(`(${names.join("|")})\\s*(\\d{4})(?!\\d)`, "gu"), year });
    }
  }
  return cache.get(lang);
}
