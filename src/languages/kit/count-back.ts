/**
 * Days, weeks, months or years counted back from the reference: "hace tres días", "il y a deux
 * semaines", "две недели назад", "hace tres años" (the year), "il y a deux mois" (the month), "год назад". The locale's pattern captures the count (absent means one: "неделю
 * назад") and the unit; a bare count of days ("14 días", "15 jours") is a duration and is
 * never read, since the pattern requires the locale's "ago" words.
 */
import type { Parser } from "../extraction.ts";
import type { Pieces } from "./pieces.ts";

export interface CountBackWords {
  /** Groups: 1 the count (optional), 2 the unit. Flags "iu". */
  pattern: RegExp;
  /** Unit word, lower case → days ({ días: 1, semanas: 7 }), or "month" / "year" ({ meses: "month", años: "year" }). */
  units: Record<string, number | "month" | "year">;
}

export function countBackParser(id: string, p: Pieces, w: CountBackWords): Parser {
  return {
    id,
    pattern: w.pattern,
    extract(m) {
      const n = m[1] ? p.count(m[1]) : 1;
      const unit = w.units[m[2]!.toLowerCase()];
      if (!n || !unit || n > 60) return null;
      // "hace tres años": the year (2017 in 2020); "il y a deux mois": the month.
      const relative = typeof unit === "number" ? { kind: "days" as const, offset: -n * unit } : { kind: unit, offset: -n };
      return { index: m.index, text: m[0], start: { known: {}, relative } };
    },
  };
}
