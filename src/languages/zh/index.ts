/**
 * Chinese, simplified and traditional (zh-Hans, zh-Hant, zh-CN, zh-TW, zh-HK).
 * Parsers are tried in this order; of two candidates with the same span the earlier wins,
 * so datelines and page dates come before the plain date parsers.
 */
import type { Locale } from "../extraction.ts";
import { asOfNow } from "./parsers/as-of-now.ts";
import { date } from "./parsers/date.ts";
import { dateline } from "./parsers/dateline.ts";
import { dayOnly } from "./parsers/day.ts";
import { monthPart } from "./parsers/month-part.ts";
import { numericDate } from "./parsers/numeric-date.ts";
import { dateOnItsLine, pageDate } from "./parsers/page-date.ts";
import { dayRange, monthRange, yearRange } from "./parsers/range.ts";
import { monthPartAlone, relativeMonth } from "./parsers/relative-month.ts";
import { daysAgo, relativeDay } from "./parsers/relative-day.ts";
import { sameDay } from "./parsers/same-day.ts";
import { daysBefore, vague } from "./parsers/vague.ts";
import { weekday } from "./parsers/weekday.ts";
import { weeks } from "./parsers/week.ts";
import { relativeYear, year, yearPart } from "./parsers/year.ts";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const KANA = /[\u3040-\u30ff]/g;

export const locale: Locale = {
  tag: "zh",
  aliases: ["zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK", "zh-SG", "zh-MO"],
  // Han characters, less kana (Japanese shares the Han script).
  detect: (text) => {
    const han = text.match(HAN)?.length ?? 0;
    const kana = text.match(KANA)?.length ?? 0;
    return Math.max(0, han - 2 * kana) / Math.max(1, text.replace(/\s/g, "").length);
  },
  parsers: [
    dateline, pageDate, dateOnItsLine, numericDate, dayRange, monthRange, yearRange, monthPart, yearPart, date, year, dayOnly,
    relativeYear, relativeMonth, monthPartAlone, relativeDay, daysAgo, weekday, weeks, sameDay, daysBefore, vague, asOfNow,
  ],
  data: {
    rangeConnector: /至|到|—|–|-|~|～|〜/,
    listConnector: /和|与|與|及|以及|或|、/,
    nonDates: [
      /COVID-19|2019-nCoV|SARS-CoV-2/i,
      // 2030年议程 / 2030年可持续发展议程 (the 2030 Agenda), 2020年第8期 / 第8号 (issue numbers)
      /\d{4} ?年(?:可持续发展|可持續發展)?(?:议程|議程)|\d{4} ?年 ?第 ?\d+ ?[期号號]/,
      // a comparison baseline, not a date: 比去年同期下降; a yearly observance: 每年3月5日
      /(?:去年|上年|上年度)同期|每年的? ?(?:\d{1,2}|[一二三四五六七八九十]{1,2}) ?月 ?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3}) ?[日号號]/,
      // names: 今日头条, 今日俄罗斯 (RT), 今日美国 (USA Today), 明日之星; the idiom 不可同日而语
      /今日(?:头条|頭條|俄罗斯|俄羅斯|美国|美國|说法|說法|关注|關注|中国|中國)|明日之|同日而[语語]/,
      // lunar-calendar dates (农历三月初三, 农历庚子年正月初一): another calendar, not read here
      /(?:农历|農曆|阴历|陰曆)(?:[\u4e00-\u9fff]{2}年)?[闰閏]? ?(?:[正腊臘冬一二三四五六七八九十]{1,2}|\d{1,2}) ?月 ?(?:初[一二三四五六七八九十]|[一二三四五六七八九十廿卅]{1,3}|\d{1,2})?[日号號]?/,
      // recurring office hours: 周一至周五
      /(?:星期|礼拜|禮拜|周|週)[一二三四五六日天] ?[至到\-—~～] ?(?:星期|礼拜|禮拜|周|週)?[一二三四五六日天]/,
    ],
    // 截至 3月28日, 截止到27日, 截至北京时间3月5日, 截至美国东部时间7日
    asOfBefore: /(?:截至|截止(?:到|至)?)(?:[^\s\d，。,；;（）()]{0,8}?(?:时间|時間))?/,
    futureBefore: /(?:推迟|推遲|延期|延后|延後|改期)(?:至|到)|原定(?:于|於)?|定(?:于|於)|将(?:于|於)|將(?:於|于)/,
  },
};
