/** zh.day: a day of the month alone, the month implied by the publication date. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("a day alone is in the publication month", () =>
  testCase("zh", "专家组5日抵达万象，9日晚举行座谈。", "2020-03-10", [
    { text: "5日", value: "2020-03-05" },
    { text: "9日", value: "2020-03-09" },
  ]));

test("a day alone later than the publication date is last month's", () =>
  testCase("zh", "28日，首批物资运抵。", "2020-03-03", [{ text: "28日", value: "2020-02-28" }]));

test("durations and counts of days are not dates", () =>
  testCase("zh", "入境人员须隔离14日，近5日新增病例下降，连续3日零增长，第5日出院，5日内完成，1日游暂停，7日均线走低，赌场停业15日。", "2020-03-10", []));
