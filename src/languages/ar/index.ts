/** Arabic: Modern Standard Arabic news copy, both month-name families, Arabic-Indic digits. */
import type { Locale } from "../extraction.ts";
import { MONTH_NAME } from "./constants.ts";
import { asOfNow } from "./parsers/as-of-now.ts";
import { dateline } from "./parsers/dateline.ts";
import { dayMonth } from "./parsers/day-month.ts";
import { daysAgo } from "./parsers/days-ago.ts";
import { dayOfRelativeMonth, relativeMonth } from "./parsers/month-relative.ts";
import { monthPart } from "./parsers/month-part.ts";
import { month } from "./parsers/month.ts";
import { numericDate } from "./parsers/numeric-date.ts";
import { ordinalDay } from "./parsers/ordinal-day.ts";
import { pageDate } from "./parsers/page-date.ts";
import { recently } from "./parsers/recently.ts";
import { relativeDay } from "./parsers/relative-day.ts";
import { sameDay } from "./parsers/same-day.ts";
import { weekday } from "./parsers/weekday.ts";
import { weeks } from "./parsers/week.ts";
import { yearRelative } from "./parsers/year-relative.ts";
import { year } from "./parsers/year.ts";
import { yearsAgo } from "./parsers/years-ago.ts";

/** Words after which "حتى" means "until": an extension, a duration, or the start of a period. */
const UNTIL_AFTER =
  "(?:^|[^\\p{L}\\p{M}])[وفبل]?(?:مدد|تمدد|يمدد|تمديد|يستمر|تستمر|استمر|تمتد|يمتد|امتد|ممتد|تأجيل|يؤجل|تؤجل|أرجأ|إرجاء|" +
  "صالح|ساري|سارية|مدة|اعتبار|ابتداء|بدء|منذ|من\\s+(?:اليوم|\\d))";
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
/** Start of a word, or a word with a proclitic (و، ف، ب، ل). */
const START = "(?<![\\p{L}\\p{M}])[وفبل]?(?:ال)?";

export const locale: Locale = {
  tag: "ar",
  aliases: ["ar-EG", "ar-SA", "ar-AE", "ar-LB", "ar-SY", "ar-MA", "ar-DZ", "ar-TN"],
  detect: (text) => (text.match(ARABIC)?.length ?? 0) / Math.max(1, text.replace(/[\s\d\p{P}]/gu, "").length),
  // Datelines and page dates first: they win a tie with the same date read as an event.
  parsers: [
    dateline, pageDate, numericDate, dayMonth, ordinalDay, dayOfRelativeMonth, month, monthPart,
    relativeMonth, relativeDay, daysAgo, yearsAgo, weekday, weeks, sameDay, recently, asOfNow, year, yearRelative,
  ],
  data: {
    rangeConnector: /(?:و\s*)?(?:إلى|الى|حتى|لغاية)|-|–|—/u,
    listConnector: /و|،|,/u,
    nonDates: [
      /كوفيد\s*[-–]?\s*19/u,
      /\bCOVID\s*[-–]?\s*19\b/iu,
      /كورونا(?:\s+المستجد)?\s*\(?\s*2019/u,
      /(?:رؤية|أجندة|اجندة)(?:\s+[\p{L}\p{M}]+)?\s+\d{4}/u,
      /المستدامة\s+ل?(?:عام\s+)?20\d{2}/u,
      /(?:خطة|جدول\s+أعمال)\s+(?:عام\s+)?20[3-9]\d/u,
      /(?:إكسبو|اكسبو|مونديال|أولمبياد|اولمبياد)(?:\s+[\p{L}\p{M}]+)?\s+\d{4}/u,
      /رقم\s*\d+\s*(?:ل(?:سنة|عام)|\/|،|,)\s*\d{4}/u,
      /(?<![\p{L}\p{M}])(?:العدد|عدد)\s*\d+\s*[،,]\s*\d{4}/u,
      // Places and events named after a date: مدينة 6 أكتوبر, شارع 26 يوليو, ثورة 25 يناير.
      new RegExp(
        `${START}(?:مدينة|ميدان|جسر|كوبري|شارع|حي|محور|نفق|جامعة|ثورة|حرب|انتفاضة|أحداث|هجمات|ملعب|استاد|مستشفى|قرية|مدرسة)\\s+\\d{1,2}\\s+${MONTH_NAME}`,
        "u",
      ),
    ],
    // "حتى" is "as of" (حتى 25 مارس سجلت …) but also "until" after an extension or a start
    // (تمديد الحظر حتى 15 أبريل, اعتبارا من اليوم وحتى أواخر مارس): those stay events.
    asOfBefore: new RegExp(`(?<!(?:${UNTIL_AFTER})[^\\n.؛!؟]{0,20})(?<=^|[^\\p{L}\\p{M}]|(?:^|[^\\p{L}\\p{M}])[وف])` +
      "(?:حتى|لغاية|إلى\\s+غاية|الى\\s+غاية|لحد)(?:\\s+(?:صباح|مساء|ظهر|ظهيرة|عصر|ليلة|ليل|تاريخ))?", "u"),
    // A date announced ahead resolves forward: تأجيل المؤتمر إلى 15 فبراير, أُجّلت البطولة حتى سبتمبر,
    // سيعقد في 12 يناير, المقرر في 3 مارس (the engine looks at the 48 characters before the date).
    futureBefore: new RegExp(
      "(?:تأجيل|إرجاء|أجلت|أجل|أُجّلت|أُجّل|أُجلت|تأجلت|تأجل|يؤجل|تؤجل|أرجئت|أرجئ|أُرجئت|أُرجئ)(?:ه|ها)?(?:\\s+[^\\s\\d.،؛]+){0,3}?\\s+(?:إلى|الى|حتى)" +
        "|(?:سي|ست)(?:عقد|قام|نطلق|بدأ|جري)(?:\\s+[^\\s\\d.،؛]+)?\\s+(?:في|يوم)|(?:المقرر|المقرّر|المزمع)(?:\\s+(?:عقده|عقدها|إجراؤه|إجراؤها))?\\s+(?:في|يوم)",
      "u",
    ),
  },
};
