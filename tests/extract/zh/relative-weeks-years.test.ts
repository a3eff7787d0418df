/** Weeks, weekends, months and years counted back, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("上周, 本周, 下周 are calendar weeks; 上周末 a weekend", () =>
  testCase("zh", "上周，两国举行会谈；本周将签署协议，下周发布。上周末，上个星期，这个周末。", P, [
    { text: "上周", value: "2020-09-28/2020-10-04" },
    { text: "本周", value: "2020-10-05/2020-10-11" },
    { text: "下周", value: "2020-10-12/2020-10-18" },
    { text: "上周末", value: "2020-10-03/2020-10-04" },
    { text: "上个星期", value: "2020-09-28/2020-10-04" },
    { text: "这个周末", value: "2020-10-10/2020-10-11" },
  ]));

test("本周三 and 下周一 are days of this and next week", () =>
  testCase("zh", "本周三开会，下周一复工，上周五停工。", P, [
    { text: "本周三", value: "2020-10-07" },
    { text: "下周一", value: "2020-10-12" },
    { text: "上周五", value: "2020-10-02" },
  ]));

test("周年, 周期, 周边, 马上周末 and 上上周 are not weeks", () =>
  testNoDates("zh", "建馆十周年，下周期，本周边地区，马上周末了，上上周的事。", P));

test("三年前 is the year, 两个月前 the month", () =>
  testCase("zh", "三年前，两国建交；两个月前，3个月前。", P, [
    { text: "三年前", value: "2017" },
    { text: "两个月前", value: "2020-08" },
    { text: "3个月前", value: "2020-07" },
  ]));

test("多年前 and 几个月前 are not counted back; 2020年前 is the year 2020", () =>
  testCase("zh", "多年前，几个月前，在2020年前完成。", P, [{ text: "2020年", value: "2020" }]));

test("去年 and 明年 with a month; 今年早些时候 is this year", () =>
  testCase("zh", "去年十月，明年三月，今年早些时候。", P, [
    { text: "去年十月", value: "2019-10" },
    { text: "明年三月", value: "2021-03" },
    { text: "今年", value: "2020" },
  ]));

test("推迟到九月 resolves forward, next year when September is over", () =>
  testCase("zh", "会议推迟到九月举行，比赛推迟至12月。", P, [
    { text: "九月", value: "2021-09" },
    { text: "12月", value: "2020-12" },
  ]));

test("九月 alone without a postponement is not a date", () => testNoDates("zh", "九月的风很大。", P));
