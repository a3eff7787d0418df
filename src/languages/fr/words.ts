/**
 * French words for the day-first kit (src/extract/kit/): months, weekdays, number words and the
 * phrases the parsers read. Month names are lower case in French; capitalised they name a street
 * or a holiday ("place du 8-Mai", "rue du 4 Septembre").
 */
import { buildPieces, type LocaleWords } from "../kit/pieces.ts";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

export const WORDS: LocaleWords = {
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), fevrier: 2, aout: 8, decembre: 12 },
  abbreviations: { janv: 1, févr: 2, fév: 2, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12 },
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15 },
  // 1er, 1re
  ordinal: "er|re",
  dayOf: "\\s+",
  monthOf: "\\s+",
  yearWord: "",
};

export const P = buildPieces(WORDS);

export const TENSE = { dernier: "past", passé: "past", prochain: "future" } as const;

export const RELATIVE_YEAR: Record<string, number> = {
  "de cette année": 0, "de l'année dernière": -1, "de l’année dernière": -1, "de l'an dernier": -1, "de l’an dernier": -1,
  "de l'année prochaine": 1, "de l’année prochaine": 1,
};

/** Before a bare month or year: "en mars", "depuis 2015", "d'avril", "le mois de mars". */
export const TIME_WORD = /(?<![\p{L}])(?:en|depuis|dès|jusqu['’]en|jusqu['’]à|avant|après|pendant|durant|de|d['’]|mois\s+de|mois\s+d['’]|à\s+partir\s+de|entre|pour|courant|année|l['’]année)\s*$/iu;

export const BETWEEN = /(?<![\p{L}])entre\s+(?:le\s+|les\s+)?$/iu;

/** French function words that Spanish and English do not share, for language detection. */
export const FUNCTION_WORDS = new Set(["le", "les", "des", "du", "et", "est", "dans", "pour", "une", "sur", "au", "aux", "qui", "ne", "pas", "été", "selon", "ce", "cette", "ont", "sont", "avec", "il", "elle", "par", "leur"]);
