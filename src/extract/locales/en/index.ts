/** English. */
import type { Locale } from "../../engine/types.ts";
import { isoDate } from "./parsers/iso-date.ts";
import { monthDay } from "./parsers/month-day.ts";

export const locale: Locale = {
  tag: "en",
  aliases: ["en-US", "en-GB"],
  detect: (text) => (text.match(/[A-Za-z]/g)?.length ?? 0) / Math.max(1, text.replace(/\s/g, "").length),
  parsers: [isoDate, monthDay],
  data: {
    rangeConnector: /to|through|until|–|-/,
    listConnector: /and|,/,
    nonDates: [/\bCOVID-19\b/i, /\b\d{4}\s+Agenda\b/, /\bNo\.\s*\d+,\s*\d{4}/],
    asOfBefore: /\bas of/i,
  },
};
