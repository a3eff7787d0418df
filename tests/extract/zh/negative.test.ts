/** Things that look like dates and are not. */
import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

test("COVID-19 and 2019-nCoV", () => testNoDates("zh", "新冠肺炎（COVID-19）由2019-nCoV引起，又称SARS-CoV-2。"));

test("the 2030 Agenda and issue numbers", () =>
  testNoDates("zh", "落实联合国2030年可持续发展议程；《求是》2020年第8期；国务院公告2020年第8号。"));

test("counts with classifiers", () =>
  testNoDates("zh", "捐赠5000套防护服、10万只口罩和2.5万余只医用口罩，12名专家，一行5人，89个国家，4批物资，3个月。"));

test("clock times alone", () => testNoDates("zh", "会议于8时30分开始，晚上8点结束，22:00后禁止外出，24时统计。"));

test("page chrome: view counters, phone numbers, money", () =>
  testNoDates("zh", "浏览量超过60万，阅读 2020 次，点赞1.2万。电话：010-65203215。捐款3000万元。"));

test("durations are not dates", () =>
  testNoDates("zh", "隔离期14日，5日内完成，近7日零新增，第3日好转，2000年历史，上世纪80年代，5000年文明。"));

test("names and idioms with 今日, 同日, 周一, lunar dates", () =>
  testNoDates("zh", "据今日俄罗斯报道，今日头条显示，两者不可同日而语。农历三月初三，每周五例会，周一至周五办公。"));

test("去年同期 is a comparison baseline, not a date", () =>
  testNoDates("zh", "进出口总值比去年同期下降9.6%，恢复至上年同期的九成。"));

test("a yearly observance is not a dated event", () => testNoDates("zh", "每年3月5日是学雷锋纪念日，每年的十月一日是国庆节。"));

test("当日本, 近日本 and 是日元 read as 日本/日元", () =>
  testNoDates("zh", "当日本政府宣布措施时，靠近日本的岛屿，这是日元升值。"));

test("a Chinese-numeral month alone", () => testNoDates("zh", "人间四月天，烟花三月下扬州。"));
