/**
 * Page dates in web chrome, at the start of a line or after a bar: "Mis à jour le 03/04/2020",
 * "Publié le 3 avril 2020", "Actualizado: 01/04/2020", "Обновлено 01.04.2020". The locale gives
 * the words; the date is a numeric date or a written one with its year. Role "dateline": the
 * document's own date.
 */
import type { Parser } from "../extraction.ts";
import type { Pieces } from "./pieces.ts";

export function pageDateParser(id: string, p: Pieces, words: string): Parser {
  const NUMERIC = `(\\d{1,2})([./-])(\\d{1,2})\\3(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})`;
  const WRITTEN = `${p.DAY}${p.words.dayOf}${p.MONTH}${p.words.monthOf}${p.YEAR}`;
  return {
    id,
    pattern: new RegExp(`(?:^|\\|)[ \\t]*(?:${words})[ \\t]*:?[ \\t]*((?:${NUMERIC})(?![\\d/.-]\\d)|${WRITTEN})`, "imu"),
    extract(m) {
      const date = m[1]!;
      const known = m[2]
        ? { year: Number(m[5]), month: Number(m[4]), day: Number(m[2]) }
        : m[6]
          ? { year: Number(m[6]), month: Number(m[7]), day: Number(m[8]) }
          : p.read(date);
      if (!known.year || !known.month || !known.day || known.month > 12 || known.day > 31) return null;
      return { index: m.index + m[0].length - date.length, text: date, start: { known }, role: "dateline" };
    },
  };
}
