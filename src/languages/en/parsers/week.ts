/**
 * Calendar weeks and weekends counted from the publication date (kit/phrases.ts): "last week",
 * "this week", "earlier this week", "later this week", "next week" → Monday to Sunday (ISO weeks,
 * as the other packs); "last weekend", "this weekend", "next weekend" → Saturday and Sunday;
 * "(over) the weekend", "(at) the weekend" → the latest weekend begun by the publication date.
 * Not spans of time ("over the last week", "the past week"), nor habits ("every weekend", "weekends").
 */
import { phraseParser, week, weekend } from "../../kit/phrases.ts";

/** "the last week", "each week": a span or a habit. */
const SPAN = /\b(?:the|a|each|every|per)\s+$/i;

export const weeks = phraseParser("en.week", {
  "last\\s+week": { meaning: week(-1), notAfter: SPAN },
  "(?:(?:earlier|later)\\s+)?this\\s+week": week(0),
  "next\\s+week": { meaning: week(1), notAfter: SPAN },
  "last\\s+weekend|this\\s+past\\s+weekend": { meaning: weekend(-1), notAfter: SPAN },
  "this\\s+weekend": weekend(0),
  "next\\s+weekend|this\\s+coming\\s+weekend": { meaning: weekend(1), notAfter: SPAN },
  // "over the weekend" → "weekend" (the preposition is not part of a mention).
  weekend: { meaning: weekend("latest"), notAfter: /(?<!\b(?:over|at|during|on)\s+the\s+)$/i, notBefore: /^\s+(?:of|before|after)\b/i },
}, "iu");
