/**
 * English. Small parsers, one job each (after chrono-node's en locale); the shared refiners
 * join ranges and lists with the connectors below and mark "as of" dates.
 * Order matters only for ties (same text, same place): the dateline and page-date readings
 * come first so they win over the plain month-day and ISO readings of the same words.
 */
import { latinScore } from "../detect.ts";
import type { Locale } from "../extraction.ts";
import { asOfNow } from "./parsers/as-of-now.ts";
import { dateline } from "./parsers/dateline.ts";
import { dayMonth } from "./parsers/day-month.ts";
import { dayOnly } from "./parsers/day-only.ts";
import { isoDate } from "./parsers/iso-date.ts";
import { monthDayRange } from "./parsers/month-day-range.ts";
import { monthDay } from "./parsers/month-day.ts";
import { monthPart } from "./parsers/month-part.ts";
import { monthSide } from "./parsers/month-side.ts";
import { monthYear } from "./parsers/month-year.ts";
import { numericDate } from "./parsers/numeric-date.ts";
import { pageDate } from "./parsers/page-date.ts";
import { recently } from "./parsers/recently.ts";
import { relativeDay } from "./parsers/relative-day.ts";
import { relativeMonth } from "./parsers/relative-month.ts";
import { relativeYear } from "./parsers/relative-year.ts";
import { sameDay } from "./parsers/same-day.ts";
import { weekdayDate } from "./parsers/weekday-date.ts";
import { weekday } from "./parsers/weekday.ts";
import { weeks } from "./parsers/week.ts";
import { year } from "./parsers/year.ts";
import { yearsAgo } from "./parsers/years-ago.ts";

/** English function words, for telling English from other Latin-script languages. */
const FUNCTION_WORDS = new Set(["the", "of", "and", "to", "in", "is", "that", "for", "was", "with", "said", "by", "from", "has", "have", "it", "are", "were", "will", "this", "which", "at", "its", "been", "after", "on"]);

export const locale: Locale = {
  tag: "en",
  aliases: ["en-US", "en-GB"],
  detect: (text) => latinScore(text, FUNCTION_WORDS),
  parsers: [
    dateline,
    pageDate,
    isoDate,
    numericDate,
    weekdayDate,
    monthDayRange,
    monthDay,
    dayMonth,
    monthPart,
    monthSide,
    monthYear,
    year,
    dayOnly,
    relativeDay,
    weekday,
    relativeMonth,
    relativeYear,
    yearsAgo,
    weeks,
    sameDay,
    recently,
    asOfNow,
  ],
  data: {
    rangeConnector: /,?\s*(?:to|through|until|till|–|—|-)/,
    listConnector: /and|,|, and/,
    nonDates: [
      /\bCOVID-19\b/i,
      /\b(?:SARS-CoV-2|2019-nCoV)\b/i,
      /\b[Cc]oronavirus [Dd]isease 2019\b/,
      /\b2019 [Nn]ovel [Cc]oronavirus\b/,
      /\b\d{4}\s+Agenda\b/,
      /\bNo\.\s*\d+,\s*\d{4}/,
      /\b(?:Views?|Reads?|Clicks?|Hits?|Visits?)\s*:\s*[\d,]+/i,
      /(?<![\d,])\d[\d,]*[ \t]+(?:views|reads|clicks|hits)\b/,
      /\b(?:Tel|Phone|Fax|Hotline)\.?\s*:?\s*\+?\d[\d ().-]{5,}\d/i,
      /\b(?:Good|Black) Friday\b|\bCyber Monday\b|\bAsh Wednesday\b|\bSunday (?:Times|Telegraph|Express|Mirror|Post|school)\b/,
    ],
    asOfBefore: /\b[Aa]s (?:of|at)/,
    futureBefore: /\b(?:scheduled for|(?:postponed|delayed|deferred|pushed back|put off|moved back) (?:to|until)|rescheduled for|set for|due on|will (?:be held|take place|begin|start|open|close|end) on)/i,
  },
};
