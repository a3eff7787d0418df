/**
 * A month without a day: "marzo de 2020", "en marzo", "avril 2020", "в марте 2020 года",
 * "enero a marzo", "январе-марте", "mars dernier", "марте прошлого года". A month alone is
 * a date only after a time word the locale lists ("en", "depuis", "в"), a postponement
 * ("aplazado a septiembre": ahead) or with a year. "octubre pasado" / "mars dernier" is the latest
 * such month before the reference's; "próximo marzo" / "mars prochain" the first one after it.
 * Two months joined by a range word (or a list word after "entre") are one range; joined by
 * "o"/"ou"/"или", two mentions.
 */
import type { Parser, Relative } from "../extraction.ts";
import { before, byLength, START, type Pieces } from "./pieces.ts";
import type { Tense } from "./day-month.ts";

export interface MonthWords {
  /** Text just before a bare month that makes it a date: /(?:en|desde)\s+$/. */
  preposition: RegExp;
  /** Joining two months as a range: "a", "à", "по", "-" (regex source). */
  range: string;
  /** Joining two months as a list ("y", "et", "и"): a range only after `between`. */
  list: string;
  /** Joining two months as alternatives ("o", "ou", "или"): each month is a mention of its own. */
  or?: string;
  between?: RegExp;
  tenseBefore?: Record<string, Tense>;
  tenseAfter?: Record<string, Tense>;
  relativeYear?: Record<string, number>;
  /** Text just before a bare month that puts it ahead ("aplazado a ", "reporté à ", "перенесли на "): a date, resolved forward. */
  future?: RegExp;
}

export function monthParser(id: string, p: Pieces, w: MonthWords): Parser {
  const join = `\\s*(${w.range}|${w.list}${w.or ? `|${w.or}` : ""})\\s*`;
  const tenseBefore = w.tenseBefore ? `(?:(${byLength(Object.keys(w.tenseBefore))})\\s+)?` : "()";
  const tenseAfter = w.tenseAfter ? `(?:\\s+(${byLength(Object.keys(w.tenseAfter))})(?![\\p{L}]))?` : "()";
  const relYear = w.relativeYear ? `|\\s+(${byLength(Object.keys(w.relativeYear))})(?![\\p{L}])` : "|()";
  const pattern = new RegExp(
    `${START}${tenseBefore}(${p.MONTH_ALONE})(?:${join}(${p.MONTH_ALONE}))?(?:${p.words.monthOf}(${p.YEAR})${relYear})?${tenseAfter}`,
    "u",
  );
  const rangeRe = new RegExp(`^(?:${w.range})$`, "u");
  const orRe = w.or ? new RegExp(`^(?:${w.or})$`, "u") : undefined;
  return {
    id,
    pattern,
    extract(m, { text }) {
      const [, tenseWord, firstWord, joinWord, lastWord, year, relWord, tenseWord2] = m;
      const said = before(text, m.index);
      const ahead = Boolean(w.future?.test(said));
      if (!year && relWord === undefined && !tenseWord && !tenseWord2 && !ahead && !w.preposition.test(said)) return null;
      const first = p.monthNumber(firstWord!);
      const last = lastWord ? p.monthNumber(lastWord) : undefined;
      if (!first || (lastWord && !last)) return null;
      const tense = (tenseWord ? w.tenseBefore?.[tenseWord.toLowerCase()] : undefined) ?? (tenseWord2 ? w.tenseAfter?.[tenseWord2.toLowerCase()] : undefined);
      const relative: Relative | undefined = relWord !== undefined && w.relativeYear ? { kind: "year", offset: w.relativeYear[relWord.toLowerCase()]! } : undefined;
      const y = year ? Number(year.slice(0, 4)) : undefined;
      // "octubre pasado", "mars dernier": the latest such month before the reference's; "próximo marzo": the next one.
      const side = !y && !relative && tense && !lastWord ? { side: tense === "past" ? ("last" as const) : ("next" as const) } : {};
      const spec = (month: number, yr = y) => ({
        known: { month, ...(yr ? { year: yr } : {}) },
        ...(relative ? { relative } : {}),
        ...side,
        ...(ahead || (tense === "future" && !side.side) ? { future: true } : {}),
      });
      if (last === undefined) return { index: m.index, text: m[0], start: spec(first) };
      const isRange = rangeRe.test(joinWord!.trim()) || Boolean(w.between?.test(said));
      const second = m.index + m[0].indexOf(lastWord!, firstWord!.length);
      if (orRe?.test(joinWord!.trim())) {
        // "en marzo o abril": two possible months, each a mention.
        return [
          { index: m.index, text: firstWord!, start: spec(first) },
          { index: second, text: text.slice(second, m.index + m[0].length), start: spec(last) },
        ];
      }
      // "marzo y abril": one period if the months are consecutive, else each month on its own.
      const parts = isRange
        ? {}
        : {
            list: true,
            parts: [
              { index: m.index, text: firstWord!, start: spec(first), rules: [id] },
              { index: second, text: text.slice(second, m.index + m[0].length), start: spec(last), rules: [id] },
            ],
          };
      return { index: m.index, text: m[0], start: spec(first, y !== undefined && first > last ? y - 1 : y), end: spec(last), ...parts };
    },
  };
}
