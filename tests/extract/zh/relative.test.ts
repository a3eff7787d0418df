/** zh.relative-day, zh.weekday, zh.relative-month, zh.same-day. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const WED = "2020-03-04"; // a Wednesday

test("relative days", () =>
  testCase("zh", "昨天，专家组抵达；前天，物资运抵；今天上午举行会谈，明天返程。", WED, [
    { text: "昨天", value: "2020-03-03" },
    { text: "前天", value: "2020-03-02" },
    { text: "今天", value: "2020-03-04" },
    { text: "明天", value: "2020-03-05" },
  ]));

test("one-word parts of days and written forms", () =>
  testCase("zh", "昨晚，记者获悉；今晨，航班起飞；昨日，会议召开；大前天收到。", WED, [
    { text: "昨晚", value: "2020-03-03" },
    { text: "今晨", value: "2020-03-04" },
    { text: "昨日", value: "2020-03-03" },
    { text: "大前天", value: "2020-03-01" },
  ]));

test("即日起: from the publication date", () =>
  testCase("zh", "即日起，实施防疫新生活运动。", WED, [{ text: "即日", value: WED }]));

test("上周五 is Friday of the previous calendar week", () =>
  testCase("zh", "上周五，专家组抵达；上星期一出发。", WED, [
    { text: "上周五", value: "2020-02-28" },
    { text: "上星期一", value: "2020-02-24" },
  ]));

test("a bare weekday is on or before the publication date", () =>
  testCase("zh", "周一，世卫组织召开会议；星期三，物资运抵；礼拜六举行活动。", WED, [
    { text: "周一", value: "2020-03-02" },
    { text: "星期三", value: "2020-03-04" },
    { text: "礼拜六", value: "2020-02-29" },
  ]));

test("本周 and 下周 weekdays are this and next calendar week's; 每周 weekdays are habits", () =>
  testCase("zh", "下周一将召开会议，本周三已复工，每周五发布数据。", WED, [
    { text: "下周一", value: "2020-03-09" },
    { text: "本周三", value: "2020-03-04" },
  ]));

test("that day: 当天, 当晚, 同日 take the day last mentioned", () =>
  testCase("zh", "3月2日，专家组抵达；当天下午举行会谈。2月27日，物资运抵，同日召开发布会，当晚返回。", WED, [
    { text: "3月2日", value: "2020-03-02" },
    { text: "当天", value: "2020-03-02" },
    { text: "2月27日", value: "2020-02-27" },
    { text: "同日", value: "2020-02-27" },
    { text: "当晚", value: "2020-02-27" },
  ]));

test("the next day: 次日, 翌日, 第二天", () =>
  testCase("zh", "2月16日，该名学生出现发烧，翌日入院治疗。2月27日物资运抵，次日分发；第二天，专家抵达。", WED, [
    { text: "2月16日", value: "2020-02-16" },
    { text: "翌日", value: "2020-02-17" },
    { text: "2月27日", value: "2020-02-27" },
    { text: "次日", value: "2020-02-28" },
    { text: "第二天", value: "2020-02-29" },
  ]));

test("days and weeks ago: 3天前, 两天前, 两周前", () =>
  testCase("zh", "3天前，专家组抵达；两天前，物资运抵；两周前，双方签署协议。", WED, [
    { text: "3天前", value: "2020-03-01" },
    { text: "两天前", value: "2020-03-02" },
    { text: "两周前", value: "2020-02-19" },
  ]));

test("当天 with no day before it is the publication date", () =>
  testCase("zh", "当天，记者在现场看到。", WED, [{ text: "当天", value: "2020-03-04" }]));

test("relative months, with a part or a day", () =>
  testCase("zh", "上月底，物资运抵；本月初复工；上个月15日签约；本月中旬评估。", "2020-03-20", [
    { text: "上月底", value: "2020-02", mod: "END" },
    { text: "本月初", value: "2020-03", mod: "START" },
    { text: "上个月15日", value: "2020-02-15" },
    { text: "本月中旬", value: "2020-03", mod: "MID" },
  ]));

test("当日本 is 当 + 日本, not 'that day'", () =>
  testCase("zh", "当日本政府宣布紧急状态时，同日方进行了磋商。", WED, []));

test("a bracketed date after a relative day or weekday belongs to it", () =>
  testCase("zh", "指揮中心上週五（2月28日）宣布；衞生署今日（三月四日）公布，昨日（三月三日）新增個案。", WED, [
    { text: "上週五（2月28日）", value: "2020-02-28" },
    { text: "今日（三月四日）", value: "2020-03-04" },
    { text: "昨日（三月三日）", value: "2020-03-03" },
  ]));
