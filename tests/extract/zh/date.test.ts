/** zh.date, zh.year: calendar dates with stated and implied parts. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("month and day; the year is implied by the publication date", () =>
  testCase("zh", "3月29日，中国抗疫医疗专家组抵达老挝首都万象。", P, [{ text: "3月29日", value: "2020-03-29" }]));

test("time-of-day words are not part of the mention", () =>
  testCase("zh", "3月28日晚，物资顺利交接。2月29日凌晨抵达德黑兰。", P, [
    { text: "3月28日", value: "2020-03-28" },
    { text: "2月29日", value: "2020-02-29" },
  ]));

test("a yearless month far after the publication date is last year's", () =>
  testCase("zh", "12月31日，武汉市卫健委通报了不明原因肺炎。", "2020-01-20", [{ text: "12月31日", value: "2019-12-31" }]));

test("a stated year, month, day", () =>
  testCase("zh", "2019年12月8日，首例患者发病；2020年1月，疫情暴发。", P, [
    { text: "2019年12月8日", value: "2019-12-08" },
    { text: "2020年1月", value: "2020-01" },
  ]));

test("a month alone, with or without 份", () =>
  testCase("zh", "3月份出口下降，2月同比增长。", P, [
    { text: "3月份", value: "2020-03" },
    { text: "2月", value: "2020-02" },
  ]));

test("a year alone is a mention; 90年代 and 2000年历史 are not", () =>
  testCase("zh", "2019年，全国GDP增长6.1%。上世纪90年代，这座有2000年历史的古城……", P, [{ text: "2019年", value: "2019" }]));

test("Chinese numerals", () =>
  testCase("zh", "二〇二〇年三月五日发布；二〇一九年，三月十二日，十二月二十五日。", P, [
    { text: "二〇二〇年三月五日", value: "2020-03-05" },
    { text: "二〇一九年", value: "2019" },
    { text: "三月十二日", value: "2020-03-12" },
    { text: "十二月二十五日", value: "2019-12-25" },
  ]));

test("a Gregorian date beside a lunar one is read; the lunar one is not", () =>
  testCase("zh", "农历庚子年正月初一，即1月25日；農曆新年期間（1月25日至27日），賭場暫停營業。", P, [
    { text: "1月25日", value: "2020-01-25" },
    { text: "1月25日至27日", value: "2020-01-25/2020-01-27" },
  ]));

test("a Chinese-numeral month alone is not read (三月 without a day)", () =>
  testCase("zh", "烟花三月下扬州。", P, []));

test("colloquial 号, spaces between the parts, full-width digits", () =>
  testCase("zh", "3月5号开会，2020 年 3 月 6 日闭幕，３月７日返程。", P, [
    { text: "3月5号", value: "2020-03-05" },
    { text: "2020 年 3 月 6 日", value: "2020-03-06" },
    { text: "３月７日", value: "2020-03-07" },
  ]));

test("a bracketed weekday after the date belongs to it", () =>
  testCase("zh", "3月5日（星期四），会议在北京举行。3月6日(周五)闭幕。", P, [
    { text: "3月5日（星期四）", value: "2020-03-05" },
    { text: "3月6日(周五)", value: "2020-03-06" },
  ]));

test("今年, 去年, 明年 belong to the date and fix its year", () =>
  testCase("zh", "今年2月，出口下降；去年12月，疫情出现；去年3月8日，项目启动；明年10月，工程竣工。", P, [
    { text: "今年2月", value: "2020-02" },
    { text: "去年12月", value: "2019-12" },
    { text: "去年3月8日", value: "2019-03-08" },
    { text: "明年10月", value: "2021-10" },
  ]));

test("years counted from the publication date, alone or with a part", () =>
  testCase("zh", "今年以来，中欧班列累计开行1941列；去年，进出口总值增长3.4%；今年初复工，去年底出现病例。", P, [
    { text: "今年", value: "2020" },
    { text: "去年", value: "2019" },
    { text: "今年初", value: "2020", mod: "START" },
    { text: "去年底", value: "2019", mod: "END" },
  ]));

test("Republic-of-China era years (Taiwan): 民國109年, 109年3月5日", () =>
  testCase("zh", "民國109年3月5日公布，109年3月6日生效，民國108年修法。", P, [
    { text: "民國109年3月5日", value: "2020-03-05" },
    { text: "109年3月6日", value: "2020-03-06" },
    { text: "民國108年", value: "2019" },
  ]));
