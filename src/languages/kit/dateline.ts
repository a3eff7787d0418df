/**
 * A wire dateline whose pattern captures (1) the date, (2) the day, (3) the month word and (4) an
 * optional year, as French and Russian agencies write them ("PARIS, 1er avril 2020 (AFP) -",
 * "МОСКВА, 1 апреля. /ТАСС/."): the mention is the date, role "dateline". A locale gives the pattern.
 */
import type { Parser } from "../extraction.ts";
import type { Pieces } from "./pieces.ts";

export function datelineParser(id: string, pattern: RegExp, P: Pick<Pieces, "monthNumber">): Parser {
  return {
    id,
    pattern,
    extract(m) {
      const [, date, day, monthWord, year] = m;
      const month = P.monthNumber(monthWord!);
      if (!month || Number(day) < 1 || Number(day) > 31) return null;
      return {
        index: m.index + m[0].length - date!.length,
        text: date!,
        start: { known: { day: Number(day), month, ...(year ? { year: Number(year) } : {}) } },
        role: "dateline",
      };
    },
  };
}
