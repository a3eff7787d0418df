/**
 * Russian words for the day-first kit (src/extract/kit/): months in the cases news copy uses
 * (март, марта, марте), weekdays as written after "в" (в среду, в пятницу: "среда" alone is also
 * "environment"), number words, and the year words that belong to a date ("2020 г.", "2020 года").
 * Month names are lower case in Russian; capitalised they name a holiday or a street ("8 Марта").
 */
import { buildPieces, type LocaleWords } from "../kit/pieces.ts";

/** Nominative, genitive and prepositional, as news copy writes them: март, 1 марта, в марте. */
const MONTHS = [
  ["январь", "января", "январе"], ["февраль", "февраля", "феврале"], ["март", "марта", "марте"], ["апрель", "апреля", "апреле"],
  ["май", "мая", "мае"], ["июнь", "июня", "июне"], ["июль", "июля", "июле"], ["август", "августа", "августе"],
  ["сентябрь", "сентября", "сентябре"], ["октябрь", "октября", "октябре"], ["ноябрь", "ноября", "ноябре"], ["декабрь", "декабря", "декабре"],
];

export const WORDS: LocaleWords = {
  months: Object.fromEntries(MONTHS.flatMap((cases, i) => cases.map((f) => [f, i + 1]))),
  abbreviations: { янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12 },
  weekdays: { понедельник: 1, вторник: 2, среду: 3, четверг: 4, пятницу: 5, субботу: 6, воскресенье: 7 },
  numbers: { один: 1, одна: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, пятнадцать: 15 },
  ordinal: "-го|-е",
  dayOf: "\\s+",
  monthOf: "\\s+",
  // 2020 г., 2019-2020 гг., 2020 года/году/год, 2015–2019 годах
  yearWord: "\\s*гг?\\.|\\s+год(?:а|у|ы|ах|ов)?(?![\\p{L}])",
};

export const P = buildPieces(WORDS);

export const RELATIVE_YEAR: Record<string, number> = {
  "этого года": 0, "текущего года": 0, "нынешнего года": 0, "прошлого года": -1, "минувшего года": -1, "следующего года": 1,
};

/** Before a bare month: "в марте", "с марта", "до апреля", "на май". */
export const TIME_WORD = /(?<![\p{L}])(?:в|во|с|со|до|к|по|после|на|начиная\s+с|в\s+течение|месяце|месяца)\s+$/iu;

export const BETWEEN = /(?<![\p{L}])между\s+$/iu;

/** Share of a text's letters in Cyrillic, for language detection. */
export function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters ? (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) / letters : 0;
}
