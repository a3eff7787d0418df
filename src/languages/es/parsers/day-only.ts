/**
 * A day of the month alone: "día 15", "día 15 de este mes", "días 20 y 21", "pasado día 3".
 * Not "día 15 de cuarentena" (the fifteenth day of something): only when punctuation, a
 * conjunction or a relative-month phrase follows.
 */
import type { Parser } from "../../extraction.ts";
import { after, START } from "../../kit/pieces.ts";

const MONTHS: Record<string, number> = { "de este mes": 0, "del presente mes": 0, "del mes en curso": 0, "del mes pasado": -1, "del pasado mes": -1 };
const NEXT_OK = /^(?:\s*[,.;:!?)\]"'»”—–-]|\s*$|\s+(?:y|e|o|a|al|en|cuando|con|pero|para|por|tras|hasta|desde|según|se|la|el|los|las)(?![\p{L}]))/u;

export const dayOnly: Parser = {
  id: "es.day-only",
  pattern: new RegExp(`${START}(?:pasado\\s+)?días?\\s+(\\d{1,2})(?!\\d|[.,:]\\d)(?:\\s*(?:y|al|-)\\s*(\\d{1,2})(?!\\d|[.,:]\\d))?(?:\\s+(${Object.keys(MONTHS).join("|")}))?`, "u"),
  extract(m, { text }) {
    const [, first, last, rel] = m;
    const days = [first, last].filter(Boolean).map(Number);
    if (days.some((d) => d < 1 || d > 31)) return null;
    if (!rel && !NEXT_OK.test(after(text, m))) return null;
    const relative = rel ? { relative: { kind: "month" as const, offset: MONTHS[rel]! } } : {};
    return {
      index: m.index,
      text: m[0],
      start: { known: { day: days[0]! }, ...relative },
      ...(days.length > 1 ? { end: { known: { day: days[1]! }, ...relative } } : {}),
    };
  },
};
