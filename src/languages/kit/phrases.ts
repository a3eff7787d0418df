/**
 * Fixed phrases with a fixed meaning, from a locale's table: "hoy", "hier", "вчера" (days from
 * the reference), "ese mismo día" (the day last mentioned), "la semana pasada" (that calendar
 * week, Monday to Sunday), "le week-end dernier", "recientemente" (vague past), "hasta el
 * momento" (as of the reference). One parser per table; the table's keys are regex sources.
 */
import type { Candidate, Parser } from "../extraction.ts";
import { after, before, END, START } from "./pieces.ts";

type Meaning = Omit<Candidate, "index" | "text" | "rules">;

export interface Phrase {
  meaning: Meaning;
  /** The phrase is not a date when the text just before it matches ("la mañana", "por la mañana"). */
  notAfter?: RegExp;
  /** …or when the text just after it matches. */
  notBefore?: RegExp;
}

export const days = (offset: number): Meaning => ({ start: { known: {}, relative: { kind: "days", offset } } });
export const sameDay = (offset = 0): Meaning => ({ start: { known: {}, relative: { kind: "same-day", ...(offset ? { offset } : {}) } } });
/** Vague past ("recientemente", "récemment", "недавно"): read only with the `vague` extraction option. */
export const vaguePast = (): Meaning => ({ start: { known: {}, relative: { kind: "reference" } }, mod: "BEFORE", vague: true });
export const asOfNow = (): Meaning => ({ start: { known: {}, relative: { kind: "reference" } }, mod: "ASOF", role: "asof" });
export const year = (offset: number): Meaning => ({ start: { known: {}, relative: { kind: "year", offset } } });
export const month = (offset: number): Meaning => ({ start: { known: {}, relative: { kind: "month", offset } } });

const WEEKS = { [-1]: "last-week", 0: "this-week", 1: "next-week" } as const;
/** A calendar week, Monday to Sunday: -1 last week, 0 this week, 1 next week. */
export const week = (offset: -1 | 0 | 1): Meaning => ({
  start: { known: {}, relative: { kind: "weekday", weekday: 1, which: WEEKS[offset] } },
  end: { known: {}, relative: { kind: "weekday", weekday: 7, which: WEEKS[offset] } },
});
/** A weekend, Saturday and Sunday, of the week before, this week or the next; "latest": the last one begun by the reference. */
export const weekend = (which: -1 | 0 | 1 | "latest"): Meaning =>
  which === "latest"
    ? {
        start: { known: {}, relative: { kind: "weekday", weekday: 6, which: "on-or-before" } },
        end: { known: {}, relative: { kind: "weekday", weekday: 6, which: "on-or-before", days: 1 } },
      }
    : {
        start: { known: {}, relative: { kind: "weekday", weekday: 6, which: WEEKS[which] } },
        end: { known: {}, relative: { kind: "weekday", weekday: 7, which: WEEKS[which] } },
      };

export function phraseParser(id: string, table: Record<string, Phrase | Meaning>, flags = "u"): Parser {
  const entries = Object.entries(table).map(([source, v]) => {
    const phrase: Phrase = "meaning" in v ? v : { meaning: v };
    return { re: new RegExp(`^(?:${source})$`, flags), phrase };
  });
  const sources = Object.keys(table).sort((a, b) => b.length - a.length);
  return {
    id,
    pattern: new RegExp(`${START}(?:${sources.map((s) => `(?:${s})`).join("|")})${END}`, flags),
    extract(m, { text }) {
      const entry = entries.find((e) => e.re.test(m[0]));
      if (!entry) return null;
      const { meaning, notAfter, notBefore } = entry.phrase;
      if (notAfter?.test(before(text, m.index)) || notBefore?.test(after(text, m))) return null;
      return { index: m.index, text: m[0], ...meaning };
    },
  };
}
