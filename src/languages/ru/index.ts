/**
 * Russian: wire copy from Russia and the CIS (TASS, RIA Novosti, Interfax, BelTA, Kazinform,
 * Xinhua's Russian service). Most parsers come from the day-first kit (src/extract/kit/) with the
 * words in words.ts; the dateline and "15-го числа" are Russian-only. Prepositions (в, с, на) are
 * left out of a mention: "в конце марта" → "конце марта", "на прошлой неделе" → "прошлой неделе".
 */
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
import { BETWEEN, cyrillicShare, P, RELATIVE_YEAR, TIME_WORD } from "./words.ts";

export const locale: Locale = {
  tag: "ru",
  aliases: ["ru-RU", "ru-BY", "ru-KZ", "ru-KG", "ru-UA"],
  detect: cyrillicShare,
  // The dateline first: it wins a tie with the same date read as an event.
  parsers: [
    dateline,
    pageDateParser("ru.page-date", P, "обновлено|опубликовано|дата\\s+публикации|дата"),
    numericDateParser("ru.numeric-date", P),
    dayMonthParser("ru.day-month", P, {
      range: "по|-|–|—", list: ",|и", between: BETWEEN, relativeYear: RELATIVE_YEAR,
      tenseBefore: { прошлый: "past", прошлую: "past", прошлое: "past", минувший: "past", минувшую: "past", минувшее: "past", следующий: "future", следующую: "future" },
    }),
    dayOnly,
    monthPartParser("ru.month-part", P, {
      parts: {
        "начал[еоа]\\s+": "START", "первых\\s+числах\\s+": "START",
        "середин[еыа]\\s+": "MID",
        "конц[еа]\\s+|конец\\s+": "END", "последних\\s+числах\\s+": "END",
      },
      relativeMonth: { "этого месяца": 0, "текущего месяца": 0, "месяца": 0, "прошлого месяца": -1, "следующего месяца": 1 },
      relativeYear: RELATIVE_YEAR,
      yearAlone: { "прошлого года": -1, "минувшего года": -1, "этого года": 0, "текущего года": 0, "нынешнего года": 0, года: 0, "следующего года": 1, "будущего года": 1 },
    }),
    monthParser("ru.month", P, {
      preposition: TIME_WORD, range: "по|-|–|—", list: "и|,", or: "или", between: BETWEEN, relativeYear: RELATIVE_YEAR,
      future: /(?<![\p{L}])(?:перенес\p{L}*|отложен\p{L}*|отложили|перенося\p{L}*)\s+на\s+$/iu,
    }),
    yearParser("ru.year", P, { range: "по|-|–|—", list: "и", between: BETWEEN, yearWordOnly: true, yearWord: P.words.yearWord }),
    weekdayParser("ru.weekday", P, {
      before: { прошлую: "before", прошлый: "before", прошлое: "before", минувшую: "before", минувший: "before", минувшее: "before",
        следующую: "after", следующий: "after", следующее: "after", эту: "this-week", этот: "this-week", это: "this-week" },
      // "каждую среду"; opening hours "с понедельника по пятницу" (the first day is in the genitive).
      habit: /(?<![\p{L}])(?:каждую|каждый|каждое|с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы)\s+по)\s+$/iu,
      range: "по|-|–|—",
      future: /(?<![\p{L}])(?:запланирован\p{L}*\s+на|намечен\p{L}*\s+на|назначен\p{L}*\s+на|перенесен\p{L}*\s+на|состоится\s+в|до)\s+$/iu,
    }),
    countBackParser("ru.days-ago", P, {
      pattern: /(?<![\p{L}])(?:(\d{1,2}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать)\s+)?(день|дня|дней|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\s+назад(?![\p{L}])/iu,
      units: { день: 1, дня: 1, дней: 1, неделю: 7, недели: 7, недель: 7, месяц: "month", месяца: "month", месяцев: "month", год: "year", года: "year", лет: "year" },
    }),
    phraseParser("ru.relative", {
      сегодня: { meaning: days(0), notAfter: /(?<![\p{L}])(?:Россия|на)\s+«?$/iu },
      вчера: days(-1),
      позавчера: days(-2),
      завтра: days(1),
      послезавтра: days(2),
      "вчерашнего\\s+дня": days(-1),
      "сегодняшнего\\s+дня": days(0),
      "завтрашнего\\s+дня": days(1),
      "тот\\s+же\\s+день|этот\\s+же\\s+день|тот\\s+день": sameDay(),
      "следующий\\s+день": sameDay(1),
      // "накануне праздника" (on the eve of a holiday) names no day; "накануне штаб сообщил", "накануне сообщила" do.
      накануне: { meaning: sameDay(-1), notBefore: /^\s+\p{L}*(?:[^л\s]а|я|ов|ев|ей|ого|его|ых|их)(?![\p{L}])/u },
      "прошлой\\s+неделе|минувшей\\s+неделе": week(-1),
      "этой\\s+неделе|текущей\\s+неделе": week(0),
      "следующей\\s+неделе|будущей\\s+неделе": week(1),
      "минувшие\\s+выходные|прошлые\\s+выходные|прошедшие\\s+выходные": weekend(-1),
      "эти\\s+выходные|ближайшие\\s+выходные": weekend(0),
      "следующие\\s+выходные": weekend(1),
      "выходные|выходных": { meaning: weekend("latest"), notAfter: /(?<![\p{L}])(?:по|все|каждые|праздничные|длинные)\s+$/iu, notBefore: /^\s+(?:дни|день)/iu },
      "прошлом\\s+месяце|минувшем\\s+месяце": month(-1),
      "этом\\s+месяце|текущем\\s+месяце": month(0),
      "следующем\\s+месяце": month(1),
      "прошлом\\s+году|минувшем\\s+году": year(-1),
      "этом\\s+году|текущем\\s+году|нынешнем\\s+году": year(0),
      "следующем\\s+году|будущем\\s+году": year(1),
      // Genitive, after a preposition or noun: "с начала прошлого года", "до конца этого года".
      "прошлого\\s+года|минувшего\\s+года": year(-1),
      "этого\\s+года|текущего\\s+года|нынешнего\\s+года": year(0),
      "следующего\\s+года|будущего\\s+года": year(1),
      "недавно|на\\s+днях": vaguePast(),
      "на\\s+данный\\s+момент|на\\s+сегодняшний\\s+день|на\\s+сегодня|к\\s+настоящему\\s+времени|на\\s+текущий\\s+момент": asOfNow(),
    }, "iu"),
  ],
  data: {
    rangeConnector: /по|до|-|–|—/u,
    listConnector: /и|,/u,
    rangeOpener: BETWEEN,
    nonDates: [
      /(?<![\p{L}])(?:COVID|КОВИД|ковид|Covid)\s*[-‐–]?\s*19(?![\d])/iu,
      /SARS-CoV-2|2019-nCoV|nCoV-2019/iu,
      /(?<![\p{L}])(?:Евро|ЭКСПО|Экспо|Токио|Олимпиад\p{L}*|ЧМ)[-\s]20\d\d/u,
      /(?<![\p{L}])(?:Повестк|Стратеги|Программ|Концепци|Цел)\p{L}*(?:\s+[\p{L}-]+){0,8}\s+(?:на\s+период\s+)?до\s+20\d\d\s+года/u,
      /(?<![\p{L}])(?:Повестк\p{L}*|Стратеги\p{L}*|Агенд\p{L}*)[-\s]20\d\d/u,
      /(?<![\p{L}])(?:Великая\s+пятница|Великую\s+пятницу|Чистый\s+четверг|Прощёное\s+воскресенье|Прощеное\s+воскресенье|Вербное\s+воскресенье)/iu,
      /Россия\s+сегодня/iu,
      /(?<![\p{L}])(?:тел\.?|телефон\p{L}*|горяч\p{L}+\s+лини\p{L}+|факс)\s*:?\s*(?:\+7|8)?[\s\d()-]{6,}\d/iu,
      /\+7[\s\d()-]{9,}\d|(?<!\d)8[\s-]?800[\s\d-]{7,}\d/u,
      /(?<![\p{L}])(?:страница|стр\.)\s*\d+(?:\s*(?:из|\/)\s*\d+)?/iu,
      /(?<![\p{L}])просмотр\p{L}*\s*:?\s*[\d\s]*\d|(?<![\d\s])[\d\s]*\d\s+просмотр\p{L}*/iu,
      /(?<![\p{L}])(?:№|N)\s*\d+[-/]\d+|(?<![\p{L}])указ\p{L}*\s+(?:президента\s+)?№\s*\d+/iu,
    ],
    asOfBefore: /(?<![\p{L}])по\s+состоянию\s+на/iu,
    futureBefore: /(?<![\p{L}])(?:запланирован[аоы]?\s+на|намечен[аоы]?\s+на|назначен\p{L}*\s+на|перенес(?:ен|ён|ена|ены|ли)\s+на|отложен[аоы]?\s+(?:до|на)|продл(?:ен|ён|ена|ены|ят|ится|ится)\s+до|до)/iu,
  },
};

