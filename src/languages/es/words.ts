/**
 * Spanish words for the day-first kit (src/extract/kit/): months, weekdays, number words and
 * the phrases the parsers read. Month and weekday names are lower case in Spanish; capitalised
 * in running text they are names ("Hospital 12 de Octubre", "Plaza de Mayo").
 */
import { buildPieces, type LocaleWords } from "../kit/pieces.ts";

const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

export const WORDS: LocaleWords = {
  months: { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), setiembre: 9 },
  abbreviations: { ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, set: 9, oct: 10, nov: 11, dic: 12 },
  weekdays: { lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7 },
  numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, quince: 15 },
  // 1º, 1.º, 1°, 1ro
  ordinal: "\\.?[º°]|ro",
  dayOf: "\\s+(?:de|DE)\\s+",
  monthOf: "\\s+(?:de|del|DE|DEL)\\s+",
  yearWord: "",
};

export const P = buildPieces(WORDS);

export const TENSE = { pasado: "past", próximo: "future", proximo: "future" } as const;

export const RELATIVE_YEAR: Record<string, number> = {
  "de este año": 0, "del presente año": 0, "del año en curso": 0, "de este mismo año": 0,
  "del año pasado": -1, "del pasado año": -1, "del año anterior": -1,
  "del próximo año": 1, "del año próximo": 1, "del año que viene": 1,
};

/** Before a bare month or year: "en marzo", "desde 2015", "a partir de abril", "el mes de marzo". */
export const TIME_WORD = /(?<![\p{L}])(?:en|desde|hasta|durante|entre|antes\s+de|después\s+de|a\s+partir\s+de|para|de|del\s+mes\s+de|mes\s+de|año|inicio\s+de|cierre\s+de)\s+$/iu;

export const BETWEEN = /(?<![\p{L}])entre\s+(?:el\s+|los\s+días\s+)?$/iu;

/** Spanish function words that French and English do not share, for language detection. */
export const FUNCTION_WORDS = new Set(["el", "los", "las", "del", "y", "por", "con", "para", "una", "según", "fue", "su", "sus", "al", "ha", "han", "este", "esta", "lo", "como", "más", "pero", "es", "muy"]);
