/**
 * Arabic month, weekday and boundary words shared by the ar parsers. Both month-name
 * families are read (يناير … ديسمبر and كانون الثاني … كانون الأول), also paired as
 * "مارس/آذار" or "آذار (مارس)", plus the Maghreb forms (جانفي, أفريل, جوان, أوت, غشت …).
 * Digits are already ASCII: the engine normalises ٠–٩ and ۰–۹ before the parsers run.
 */

/** [spelling, month]; a space in a spelling matches any run of spaces. */
const MONTH_WORDS: [string, number][] = [
  ["يناير", 1], ["كانون الثاني", 1], ["كانون ثاني", 1], ["جانفي", 1],
  ["فبراير", 2], ["شباط", 2], ["فيفري", 2],
  ["مارس", 3], ["آذار", 3], ["اذار", 3], ["أذار", 3],
  ["أبريل", 4], ["ابريل", 4], ["إبريل", 4], ["نيسان", 4], ["أفريل", 4], ["افريل", 4],
  ["مايو", 5], ["أيار", 5], ["ايار", 5], ["ماي", 5], ["مايس", 5],
  ["يونيو", 6], ["يونيه", 6], ["حزيران", 6], ["جوان", 6],
  ["يوليو", 7], ["يوليه", 7], ["يوليوز", 7], ["تموز", 7], ["جويلية", 7],
  ["أغسطس", 8], ["اغسطس", 8], ["آب", 8], ["أوت", 8], ["اوت", 8], ["غشت", 8],
  ["سبتمبر", 9], ["أيلول", 9], ["ايلول", 9], ["شتنبر", 9],
  ["أكتوبر", 10], ["اكتوبر", 10], ["تشرين الأول", 10], ["تشرين الاول", 10], ["تشرين أول", 10], ["تشرين اول", 10],
  ["نوفمبر", 11], ["تشرين الثاني", 11], ["تشرين ثاني", 11], ["نونبر", 11],
  ["ديسمبر", 12], ["كانون الأول", 12], ["كانون الاول", 12], ["كانون أول", 12], ["دجنبر", 12],
];

const WEEKDAY_WORDS: [string, number][] = [
  ["الإثنين", 1], ["الاثنين", 1], ["الأثنين", 1], ["الثلاثاء", 2], ["الأربعاء", 3], ["الاربعاء", 3],
  ["الخميس", 4], ["الجمعة", 5], ["الجمعه", 5], ["السبت", 6], ["الأحد", 7], ["الاحد", 7],
];

const alternation = (words: [string, number][]) =>
  `(?:${words.map(([w]) => w).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})`;

/** One month name, either family. */
export const MONTH_NAME = alternation(MONTH_WORDS);
/** A month name, optionally paired with its other-family name: مارس/آذار, آذار (مارس). */
export const MONTH = `${MONTH_NAME}(?:\\s*/\\s*${MONTH_NAME}|\\s*[(（]\\s*${MONTH_NAME}\\s*[)）])?`;
export const WEEKDAY = alternation(WEEKDAY_WORDS);

/** The month of the first month name in the text (of a pair, the first one). */
export function monthNumber(text: string): number {
  const s = text.trim().replace(/\s+/g, " ");
  let best: [string, number] | undefined;
  for (const entry of MONTH_WORDS) if (s.startsWith(entry[0]) && entry[0].length > (best?.[0].length ?? 0)) best = entry;
  return best?.[1] ?? NaN;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayNumber(text: string): number {
  return WEEKDAY_WORDS.find(([w]) => w === text.trim())?.[1] ?? NaN;
}

/**
 * Start of a word: nothing letter-like before, or one proclitic (و، ف، ب، ل، ك, or و/ف + ب/ل)
 * that is not part of the mention ("وأمس" → "أمس", "بالأمس" → "الأمس").
 */
export const WORD_START = "(?<=(?:^|[^\\p{L}\\p{M}\\d])(?:[وف][بلك]?|[بلك])?)";
/** End of a word: no letter or mark follows. */
export const WORD_END = "(?![\\p{L}\\p{M}])";
/** A day number: no digit or number punctuation directly before ("10:26", "3.26", "1/26", "2020-04-02"). */
export const DAY_START = "(?<![\\d.,:/٫]|\\d[-–])";
/** A year of the Common Era as news writes it; an attached "م" (ميلادي) belongs to it. */
export const YEAR = "((?:19|20)\\d{2})(?!\\d)(?:م(?![\\p{L}\\p{M}]))?";
/** Optional diacritics (tanween, shadda) a word may carry: مؤخراً, غداً. */
export const MARKS = "[\\u064B-\\u0652]*";

/** Words after a month or day that say which month: current, last, next. */
export const MONTH_SUFFIX = "(الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)";
/** الجاري = this month (0), الماضي = last month (-1), المقبل = next month (+1). */
export function suffixOffset(word: string): number {
  if (/^(?:الماضي|المنصرم|الفائت)$/.test(word)) return -1;
  if (/^(?:المقبل|القادم)$/.test(word)) return 1;
  return 0;
}

/**
 * A named month with "المقبل" (next) is this year's: "يونيو المقبل" said in March is June 2020, which
 * the news policy (yearless = recent past) would read as June 2019. Said in November it would be
 * next year's: the resolver has no "next occurrence" kind, so this year is the better guess.
 */
export function ahead(suffix: string | undefined, year: string | undefined): { relative?: { kind: "year"; offset: number } } {
  return suffix && !year && suffixOffset(suffix) === 1 ? { relative: { kind: "year", offset: 0 } } : {};
}

/** Words that make "يوم"/"اليوم" a day: يوم 26 مارس, يومي 27 و28 مارس, أيام 3 و4 مارس. */
export const DAY_WORD = "(?:يوم|يومي|أيام)";

/** Joins two days into a range or list inside one date: 27 و28, 3 إلى 5, 3-5, 1، 2. */
export const DAY_JOIN = "(?:و|،|,|-|–|إلى|الى|حتى|لغاية|وحتى|ولغاية|وإلى)";

/** Nouns counted by a number: a number before one is a count, not a year (2020 حالة). */
export const COUNT_NOUN =
  "(?:حالة|حالات|إصابة|اصابة|إصابات|اصابات|شخص|أشخاص|اشخاص|شخصا|مواطن|مواطنا|مريض|مريضا|وفاة|دولار|دولارا|يورو|جنيه|جنيها|" +
  "ريال|ريالا|درهم|دينار|ليرة|طن|طنا|متر|مترا|كيلومتر|كيلوغرام|كيلو|خبير|خبيرا|خبراء|سرير|جهاز|عينة|عينات|طالب|طالبا|" +
  "عامل|عاملا|موظف|موظفا|فحص|فحصا|اختبار|قطعة|كمامة|وحدة|مليون|ألف|الف|مليار|مشاهدة|مشاهدات|زيارة|قراءة)";

/** This, last or next year: "هذا العام", "العام الماضي", "السنة المقبلة" (one group: the whole phrase). */
export const YEAR_PHRASE =
  "(هذا\\s+العام|هذه\\s+السنة|العام\\s+(?:الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)|" +
  "السنة\\s+(?:الجارية|الحالية|الماضية|المنصرمة|الفائتة|المقبلة|القادمة))";
export function yearOffset(phrase: string): number {
  if (/(?:الماضي|المنصرم|الفائت)ة?$/.test(phrase)) return -1;
  if (/(?:المقبل|القادم)ة?$/.test(phrase)) return 1;
  return 0;
}
/** "العام" is also "general": المدير العام الحالي, الرأي العام. */
export const GENERAL_BEFORE =
  /(?:مدير|المدير|أمين|الأمين|النائب|المدعي|الرأي|القطاع|المال|الدين|الإنفاق|المرفق|الصالح|النظام|الأمن|الشأن|المجال|المستشفى|الإضراب|المؤتمر)\s{1,3}$/u;
