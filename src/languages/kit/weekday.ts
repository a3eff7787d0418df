/**
 * Weekdays: "jueves" (the last such day on or before the reference), "pasado jueves",
 * "jeudi dernier", "прошлую пятницу" (strictly before), "próximo lunes", "lundi prochain"
 * (after), "este jueves", "ce jeudi", "эту пятницу" (in the reference's week); with a day
 * of the month, "lunes 16", the day decides. A capitalised
 * weekday counts only at the start of a sentence ("Jeudi, le ministre…"): elsewhere it is a
 * name ("Plácido Domingo") or a feast ("Viernes Santo", caught by the locale's non-dates).
 */
import type { Parser, Relative } from "../extraction.ts";
import { after, before, byLength, END, START, type Pieces } from "./pieces.ts";

type Which = Extract<Relative, { kind: "weekday" }>["which"];

export interface WeekdayWords {
  /** Words before the weekday → which: { "pasado": "before", "este": "this-week" }. */
  before?: Record<string, Which>;
  /** Words after it → which: { "dernier": "before", "prochain": "after" }. */
  after?: Record<string, Which>;
  /** Text just before a bare weekday that makes it a habit, not a date: "cada ", "tous les ". */
  habit?: RegExp;
  /** Words joining two weekdays as opening hours ("de lunes a viernes", "du lundi au vendredi"): neither is a date. */
  range?: string;
  /** Text just before a bare weekday that puts it ahead: "prévu ", "previsto para el " → the next such day. */
  future?: RegExp;
}

const SENTENCE_START = /(?:^|[.!?…»"”:]\s+|\n\s*|^\s*)$/u;

export function weekdayParser(id: string, p: Pieces, w: WeekdayWords): Parser {
  const names = Object.keys(p.words.weekdays);
  const capital = names.map((n) => n[0]!.toUpperCase() + n.slice(1));
  const WEEKDAY = `(?:${byLength([...names, ...names.map((n) => n.toUpperCase()), ...capital])})${END}`;
  const pre = w.before ? `(?:(${byLength(Object.keys(w.before))})\\s+)?` : "()";
  const post = w.after ? `(?:\\s+(${byLength(Object.keys(w.after))})${END})?` : "()";
  const spanAfter = w.range && new RegExp(`^\\s*(?:${w.range})\\s*${WEEKDAY}`, "iu");
  const spanBefore = w.range && new RegExp(`${WEEKDAY}\\s*(?:${w.range})\\s*$`, "iu");
  return {
    id,
    pattern: new RegExp(`${START}${pre}(${WEEKDAY})(?:\\s+(\\d{1,2})(?!\\d|[.,:]\\d)(?!\\s*\\p{L}{4}))?${post}`, "iu"),
    extract(m, { text }) {
      const [, preWord, day, date, postWord] = m;
      const said = before(text, m.index);
      const first = preWord ?? day!;
      if (first[0] !== first[0]!.toLowerCase() && first !== first.toUpperCase() && !SENTENCE_START.test(said)) return null;
      if (day !== day!.toLowerCase() && day !== day!.toUpperCase() && preWord) return null;
      const stated = (preWord ? w.before?.[preWord.toLowerCase()] : undefined) ?? (postWord ? w.after?.[postWord.toLowerCase()] : undefined);
      const which: Which = stated ?? (w.future?.test(said) ? "after" : "on-or-before");
      if (!preWord && !postWord && w.habit?.test(said)) return null;
      if (spanAfter && spanBefore && (spanAfter.test(after(text, m)) || spanBefore.test(said))) return null;
      const weekday = p.weekdayNumber(day!);
      if (!weekday) return null;
      // "lunes 16", "jeudi 2": the day of the month decides, as a day-only date.
      if (date) return Number(date) >= 1 && Number(date) <= 31 ? { index: m.index, text: m[0], start: { known: { day: Number(date) } } } : null;
      return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "weekday", weekday, which } } };
    },
  };
}
