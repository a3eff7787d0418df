/**
 * French: wire copy from France, West Africa and Quebec (AFP, Reuters, APS, Xinhua's French
 * service, press releases). Most parsers come from the day-first kit (src/extract/kit/) with the
 * words in words.ts; the dateline and "le 17" are French-only.
 */
import { latinScore } from "../detect.ts";
import type { Locale } from "../extraction.ts";
import { countBackParser } from "../kit/count-back.ts";
import { dayMonthParser } from "../kit/day-month.ts";
import { monthPartParser } from "../kit/month-part.ts";
import { monthParser } from "../kit/month.ts";
import { numericDateParser } from "../kit/numeric-date.ts";
import { pageDateParser } from "../kit/page-date.ts";
import { asOfNow, days, month, phraseParser, sameDay, vaguePast, week, weekend, year } from "../kit/phrases.ts";
import { weekdayParser } from "../kit/weekday.ts";
import { yearParser } from "../kit/year.ts";
import { dateline } from "./parsers/dateline.ts";
import { dayOnly } from "./parsers/day-only.ts";
import { BETWEEN, FUNCTION_WORDS, P, RELATIVE_YEAR, TENSE, TIME_WORD } from "./words.ts";

const WEEK_END = "week-?\\s?end";
/** Years relative to the reference after a part word: "fin de l'année dernière", "début de cette année". */
const YEAR_ALONE: Record<string, number> = { "l'année dernière": -1, "l'an dernier": -1, "l'année passée": -1, "l'année": 0, "cette année": 0, "l'année en cours": 0, "l'année prochaine": 1, "l'an prochain": 1 };
const OF_MONTH = "(?:du\\s+mois\\s+d(?:e\\s+|['’]))?";

export const locale: Locale = {
  tag: "fr",
  aliases: ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-SN", "fr-CI", "fr-ML", "fr-BF", "fr-CM", "fr-MA"],
  detect: (text) => latinScore(text, FUNCTION_WORDS),
  // The dateline first: it wins a tie with the same date read as an event.
  parsers: [
    dateline,
    pageDateParser("fr.page-date", P, "mis\\s+à\\s+jour\\s+le|mise\\s+à\\s+jour|publié\\s+le|modifié\\s+le|date\\s+de\\s+publication"),
    numericDateParser("fr.numeric-date", P),
    dayMonthParser("fr.day-month", P, { range: "au|-|–", list: ",|et\\s+le|et", between: BETWEEN, tenseAfter: TENSE, relativeYear: RELATIVE_YEAR }),
    dayOnly,
    monthPartParser("fr.month-part", P, {
      parts: {
        [`début\\s+${OF_MONTH}`]: "START",
        [`(?:mi-|mi\\s+)${OF_MONTH}`]: "MID",
        [`fin\\s+(?:${OF_MONTH.slice(3, -2)}|de\\s+|d['’])?`]: "END",
      },
      relativeMonth: { "du mois dernier": -1, "du mois prochain": 1, "du mois": 0, "de ce mois": 0 },
      relativeYear: RELATIVE_YEAR,
      yearAlone: Object.fromEntries(Object.entries(YEAR_ALONE).flatMap(([k, v]) => [[k, v], [`de ${k}`, v], [k.replace("'", "’"), v], [`de ${k.replace("'", "’")}`, v]])),
    }),
    monthParser("fr.month", P, {
      preposition: TIME_WORD, range: "à|au|-|–", list: "et|,", or: "ou", between: BETWEEN, tenseAfter: TENSE, relativeYear: RELATIVE_YEAR,
      future: /(?<![\p{L}])(?:report[ée]e?s?|repouss[ée]e?s?|décal[ée]e?s?|ajourn[ée]e?s?)\s+(?:à|au\s+mois\s+d(?:e\s+|['’])|jusqu['’]en)\s*$/iu,
    }),
    yearParser("fr.year", P, {
      preposition: TIME_WORD,
      range: "à|au|-|–",
      list: "et",
      between: BETWEEN,
      countAfter: /^\s+(?!(?:les|des|ses|ces|mes|nos|vos|leurs|plus|moins|dans|sous|sans|vers|alors|puis|lors|après|depuis|mais|pas|tous|très|jamais)(?![\p{L}]))\p{Ll}+[sx](?![\p{L}])|^\s*(?:%|\$|€|pour\s+cent|millions|milliards|euros|dollars|francs|FCFA)/u,
    }),
    weekdayParser("fr.weekday", P, {
      before: { ce: "this-week" },
      after: { dernier: "before", passé: "before", prochain: "after" },
      habit: /(?<![\p{L}])(?:les|chaque|tous\s+les|le)\s+$/iu,
      range: "au|à|-|–",
      future: /(?<![\p{L}])(?:prévue?s?|attendue?s?|aura\s+lieu|se\s+tiendra|jusqu['’]à|reportée?s?\s+à)\s+$/iu,
    }),
    countBackParser("fr.days-ago", P, {
      pattern: /(?<![\p{L}])il\s+y\s+a\s+(\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze)\s+(jours?|semaines?|mois|ans?|années?)(?![\p{L}])/iu,
      units: { jour: 1, jours: 1, semaine: 7, semaines: 7, mois: "month", an: "year", ans: "year", année: "year", années: "year" },
    }),
    phraseParser("fr.relative", {
      "aujourd['’]hui": days(0),
      hier: days(-1),
      "avant-hier": days(-2),
      demain: { meaning: days(1), notAfter: /(?<![\p{L}])(?:monde|société|France|Afrique|ville|école)\s+de\s+$/iu },
      "après-demain": days(2),
      "même\\s+jour|jour\\s+même|ce\\s+jour-là|ce\\s+même\\s+jour": sameDay(),
      lendemain: sameDay(1),
      veille: { meaning: sameDay(-1), notAfter: /(?<![\p{L}])(?:en|de)\s+$/iu },
      "semaine\\s+dernière|semaine\\s+passée": week(-1),
      "cette\\s+semaine": week(0),
      "semaine\\s+prochaine": week(1),
      [`${WEEK_END}\\s+dernier|${WEEK_END}\\s+passé|dernier\\s+${WEEK_END}`]: weekend(-1),
      [`ce\\s+${WEEK_END}`]: weekend(0),
      // Quebec: "la fin de semaine dernière" is the weekend (in France, bare "fin de semaine" is the end of a week).
      "fin\\s+de\\s+semaine\\s+dernière": weekend(-1),
      "cette\\s+fin\\s+de\\s+semaine": weekend(0),
      "fin\\s+de\\s+semaine\\s+prochaine": weekend(1),
      [`${WEEK_END}\\s+prochain|prochain\\s+${WEEK_END}`]: weekend(1),
      [WEEK_END]: { meaning: weekend("latest"), notAfter: /(?<![\p{L}])(?:chaque|un|tout|les|des|long|du|compris\s+le|pendant\s+le)\s+$/iu },
      "mois\\s+dernier|mois\\s+passé": month(-1),
      "ce\\s+mois-ci": month(0),
      "mois\\s+prochain": month(1),
      "cette\\s+année": year(0),
      "an\\s+dernier|année\\s+dernière|an\\s+passé|année\\s+passée": year(-1),
      "an\\s+prochain|année\\s+prochaine": year(1),
      "récemment|ces\\s+derniers\\s+jours|il\\s+y\\s+a\\s+quelques\\s+jours": vaguePast(),
      "à\\s+ce\\s+jour|jusqu['’]à\\s+présent|jusqu['’]ici|à\\s+l['’]heure\\s+actuelle": asOfNow(),
    }, "iu"),
  ],
  data: {
    rangeConnector: /au|à|jusqu['’]au|-|–|—/u,
    listConnector: /et(?:\s+le)?|,(?:\s*le)?/u,
    rangeOpener: BETWEEN,
    nonDates: [
      /(?<![\p{L}])COVID\s*[-‐–]?\s*19(?![\d])/iu,
      /SARS-CoV-2|2019-nCoV|nCoV-2019/iu,
      /coronavirus\s+(?:de\s+)?2019/iu,
      /(?<![\p{L}])(?:Agenda|Programme)\s+(?:20\d\d|de\s+développement\s+durable\s+(?:à\s+l['’]horizon\s+)?20\d\d)/iu,
      /(?<![\p{L}])(?:Vision|Plan|Stratégie|Horizon|Expo|Euro|Tokyo|Mondial|CAN|Coupe\s+du\s+monde)\s+20\d\d/u,
      /(?<![\p{L}])(?:[Vv]endredi\s+saint|[Ll]undi\s+de\s+Pâques|[Mm]ardi\s+gras|[Dd]imanche\s+des\s+Rameaux|[Jj]eudi\s+saint|Journal\s+du\s+[Dd]imanche|Black\s+Friday)/u,
      /(?<![\p{L}])(?:tél(?:éphone)?|tel|fax|numéro\s+vert|whatsapp)\.?\s*:?\s*(?:au\s+)?\+?\d[\d\s().-]{5,}\d/iu,
      /\+\d{2,3}[\s\d]{7,}\d/u,
      /(?<![\p{L}])page\s+\d+\s*(?:\/|sur)\s*\d+/iu,
      /(?<![\p{L}])(?:vues|lectures|partages|commentaires)\s*:\s*[\d\s.,]+\d|(?<![\d.,\s])[\d.,]+\s+(?:vues|lectures|partages)(?![\p{L}])/iu,
    ],
    // "Au 31 mars, le pays comptait…" at the start of a sentence; "en date du", "à la date du", "arrêté au".
    asOfBefore: /(?:(?<=^|[.!?]\s|\n)Au|(?<![\p{L}])(?:en\s+date\s+du|à\s+la\s+date\s+du|arrêtés?\s+au|au\s+soir\s+du))/u,
    futureBefore: /(?<![\p{L}])(?:prévue?s?\s+(?:le|pour\s+le|en|pour|du)|report(?:é|ée|és|ées)\s+(?:au|à)(?:\s+mois\s+de)?|repouss(?:é|ée|és|ées)\s+(?:au|à)|jusqu['’]au|à\s+partir\s+du|dès\s+le|programm(?:é|ée|és|ées)\s+(?:le|pour\s+le)|(?:avoir|aura|a)\s+lieu\s+(?:le|du|en))/iu,
  },
};
