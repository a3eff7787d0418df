/**
 * Spanish: wire copy from Spain and Latin America (EFE, Europa Press, AFP, Reuters, Xinhua's
 * Spanish service). Most parsers come from the day-first kit (src/extract/kit/) with the
 * words in words.ts; the dateline and "día 15" are Spanish-only.
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

const NOT_MORNING = /(?<![\p{L}])(?:la|esta|una|cada|toda|media|por|en|misma|primera|esa|aquella|buena|otra)\s+$/iu;

export const locale: Locale = {
  tag: "es",
  aliases: ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "es-VE", "es-419", "es-US"],
  detect: (text) => latinScore(text, FUNCTION_WORDS),
  // The dateline first: it wins a tie with the same date read as an event.
  parsers: [
    dateline,
    pageDateParser("es.page-date", P, "actualizado(?:\\s+el)?|publicado(?:\\s+el)?|fecha(?:\\s+de\\s+publicación)?|última\\s+actualización"),
    numericDateParser("es.numeric-date", P),
    dayMonthParser("es.day-month", P, {
      range: "al|a|-|–", list: ",|y\\s+el|y|e", between: BETWEEN, weekdayGlue: ",?\\s+(?:el\\s+)?", dayWord: "días?",
      tenseBefore: TENSE, tenseAfter: TENSE, relativeYear: RELATIVE_YEAR,
    }),
    dayOnly,
    monthPartParser("es.month-part", P, {
      parts: {
        "(?:principios|comienzos|inicios)\\s+(?:de|del)\\s+(?:mes\\s+de\\s+)?": "START",
        "primeros\\s+días\\s+(?:de|del)\\s+(?:mes\\s+de\\s+)?": "START",
        "mediados\\s+(?:de|del)\\s+(?:mes\\s+de\\s+)?": "MID",
        "(?:finales|fines|final)\\s+(?:de|del)\\s+(?:mes\\s+de\\s+)?": "END",
        "últimos\\s+días\\s+(?:de|del)\\s+(?:mes\\s+de\\s+)?": "END",
      },
      relativeMonth: { "este mes": 0, "presente mes": 0, "mes": 0, "mes pasado": -1, "pasado mes": -1, "próximo mes": 1, "mes próximo": 1, "mes que viene": 1 },
      relativeYear: RELATIVE_YEAR,
      yearAlone: { "año pasado": -1, "pasado año": -1, "año anterior": -1, "este año": 0, "presente año": 0, "año en curso": 0, año: 0, "próximo año": 1, "año próximo": 1, "año que viene": 1 },
    }),
    monthParser("es.month", P, {
      preposition: TIME_WORD, range: "a|al|hasta|-|–", list: "y|e|,", or: "o|u", between: BETWEEN, tenseBefore: TENSE, tenseAfter: TENSE, relativeYear: RELATIVE_YEAR,
      future: /(?<![\p{L}])(?:aplazad[oa]s?|pospuest[oa]s?|postergad[oa]s?|trasladad[oa]s?|aplaz(?:ó|aron)|pospus(?:o|ieron)|posterg(?:ó|aron))\s+(?:a|al\s+mes\s+de|hasta|para)\s+$/iu,
    }),
    yearParser("es.year", P, {
      preposition: TIME_WORD,
      range: "a|al|-|–",
      list: "y|e",
      between: BETWEEN,
      countAfter: /^\s+(?!(?:los|las|sus|más|menos|tras|pues|entonces|después|antes|mientras|además|según|hasta|desde|tres|seis|dos)(?![\p{L}]))\p{Ll}+s(?![\p{L}])|^\s*(?:%|\$|€|por\s+ciento|millones|mil(?![\p{L}])|euros|dólares|pesos)/u,
    }),
    weekdayParser("es.weekday", P, {
      before: { pasado: "before", próximo: "after", proximo: "after", este: "this-week" },
      after: { pasado: "before", próximo: "after", proximo: "after", "que viene": "after" },
      habit: /(?<![\p{L}])(?:los|cada|todos\s+los|de\s+los)\s+$/iu,
      range: "a|al|-|–",
      future: /(?<![\p{L}])(?:previst[oa]s?\s+para\s+el|se\s+celebrará\s+el|hasta\s+el)\s+$/iu,
    }),
    countBackParser("es.days-ago", P, {
      pattern: /(?<![\p{L}])hace\s+(\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince)\s+(días?|semanas?|mes(?:es)?|años?)(?![\p{L}])/iu,
      units: { día: 1, días: 1, semana: 7, semanas: 7, mes: "month", meses: "month", año: "year", años: "year" },
    }),
    phraseParser("es.relative", {
      hoy: { meaning: days(0), notBefore: /^\s+en\s+día/iu },
      ayer: days(-1),
      "anteayer|antier|antes\\s+de\\s+ayer": days(-2),
      "pasado\\s+mañana": days(2),
      "mañana": { meaning: days(1), notAfter: NOT_MORNING },
      "mismo\\s+día|ese\\s+(?:mismo\\s+)?día|aquel\\s+(?:mismo\\s+)?día|esa\\s+misma\\s+jornada|misma\\s+jornada": sameDay(),
      "día\\s+siguiente": sameDay(1),
      "semana\\s+pasada|pasada\\s+semana": week(-1),
      "esta\\s+semana": week(0),
      "próxima\\s+semana|semana\\s+próxima|semana\\s+que\\s+viene": week(1),
      "fin\\s+de\\s+semana\\s+pasado|pasado\\s+fin\\s+de\\s+semana": weekend(-1),
      "este\\s+fin\\s+de\\s+semana": weekend(0),
      "próximo\\s+fin\\s+de\\s+semana": weekend(1),
      "fin\\s+de\\s+semana": { meaning: weekend("latest"), notAfter: /(?<![\p{L}])(?:cada|un|todo|otro|largo|primer|del)\s+$/iu },
      "este\\s+mes": month(0),
      "mes\\s+pasado|pasado\\s+mes": month(-1),
      "próximo\\s+mes|mes\\s+que\\s+viene": month(1),
      "este\\s+año|presente\\s+año|año\\s+en\\s+curso": year(0),
      "año\\s+pasado|pasado\\s+año": year(-1),
      "próximo\\s+año|año\\s+próximo|año\\s+que\\s+viene": year(1),
      "recientemente|hace\\s+(?:unos|pocos|algunos)\\s+días": vaguePast(),
      "hasta\\s+el\\s+momento|hasta\\s+ahora|hasta\\s+la\\s+fecha|a\\s+la\\s+fecha": asOfNow(),
    }, "iu"),
  ],
  data: {
    rangeConnector: /al|a|hasta(?:\s+el)?|-|–|—/u,
    listConnector: /y(?:\s+el)?|e|,(?:\s*el)?/u,
    rangeOpener: BETWEEN,
    nonDates: [
      /(?<![\p{L}])COVID\s*[-‐–]?\s*19(?![\d])/iu,
      /SARS-CoV-2|2019-nCoV|nCoV-2019/iu,
      /coronavirus\s+(?:de\s+)?2019/iu,
      /(?<![\p{L}])Agenda\s+(?:20\d\d|de\s+Desarrollo\s+Sostenible\s+20\d\d)/iu,
      /(?<![\p{L}])(?:Visión|Plan|Estrategia|Horizonte|Horizon|Expo|Eurocopa|Euro|Tokio|Tokyo|Mundial|Copa\s+América)\s+20\d\d/u,
      /(?<![\p{L}])(?:Jueves|Viernes|Sábado)\s+Santo|Domingo\s+de\s+(?:Ramos|Resurrección|Pascua)|Lunes\s+de\s+Pascua|Miércoles\s+de\s+Ceniza|Martes\s+de\s+Carnaval|Black\s+Friday|Cyber\s+Monday/iu,
      /(?<![\p{L}])(?:tel(?:éfono)?|tlf|teléfonos|móvil|whatsapp|fax|línea(?:\s+\p{L}+)?)\.?\s*:?\s*\+?\d[\d\s().-]{5,}\d/iu,
      /\+\d{2,3}[\s\d]{7,}\d/u,
      /(?<![\p{L}])(?:página|pág\.)\s*\d+(?:\s*(?:de|\/)\s*\d+)?/iu,
      /(?<![\p{L}])(?:visitas|lecturas|comentarios)\s*:\s*[\d.,]+|(?<![\d.,])[\d.,]+\s+(?:visitas|lecturas)(?![\p{L}])/iu,
      /(?<![\p{L}])(?:Real\s+Decreto(?:-ley)?|Decreto(?:\s+Supremo)?|Ley|Orden|Resolución|DNU)\s+(?:[\p{Lu}]+\/)?\d+\/\d{4}/u,
    ],
    asOfBefore: /(?<![\p{L}])(?:con\s+corte\s+al|a\s+fecha\s+de|al\s+cierre\s+del)/iu,
    futureBefore: /(?<![\p{L}])(?:previst[oa]s?\s+para\s+el|aplazad[oa]s?\s+(?:hasta|al|para)\s+el|programad[oa]s?\s+para\s+el|se\s+celebrará\s+el|hasta\s+el|a\s+partir\s+del)/iu,
  },
};
