/**
 * A day of the month alone: "15-го числа", "15 числа", "с 15-го", "до 20-го". The word "числа"
 * (day of the month) belongs to the mention; a bare "15-го" only after с/до/по/к/от and before
 * punctuation or a conjunction ("с 15-го марта" is a full date, read by the day-month parser).
 */
import type { Parser } from "../../extraction.ts";
import { after, before } from "../../kit/pieces.ts";

const BEFORE = /(?<![\p{L}])(?:с|со|до|по|к|от)\s+$/iu;
const NEXT_OK = /^(?:\s*[,.;:!?)\]»”—–]|\s*$|\s+(?:и|по|до)(?![\p{L}]))/u;

export const dayOnly: Parser = {
  id: "ru.day-only",
  pattern: /(?<![\p{L}\p{N}.,/:-])(\d{1,2})(?:-?го)?(?:\s+(числа))?(?![\p{L}\p{N}]|[.,]\d)/u,
  extract(m, { text }) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    if (!m[2] && !(m[0].includes("го") && BEFORE.test(before(text, m.index)) && NEXT_OK.test(after(text, m)))) return null;
    return { index: m.index, text: m[0], start: { known: { day } } };
  },
};
