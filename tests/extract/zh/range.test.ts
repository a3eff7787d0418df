/** Ranges and lists: the shared range refiner with zh connectors, and zh.day-range / month-range / year-range. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("a list of days with 和 and 、", () =>
  testCase("zh", "3月27日和28日，物资陆续运抵。2月27日、28日，多批物资发出。", P, [
    { text: "3月27日和28日", value: "2020-03-27/2020-03-28" },
    { text: "2月27日、28日", value: "2020-02-27/2020-02-28" },
  ]));

test("a range across months with 至 and 到", () =>
  testCase("zh", "2月3日至3月10日，全市停课。从3月3日到5日，专家组考察。", P, [
    { text: "2月3日至3月10日", value: "2020-02-03/2020-03-10" },
    { text: "3月3日到5日", value: "2020-03-03/2020-03-05" },
  ]));

test("a range with one 日: 3月27-28日, 3月27至28日", () =>
  testCase("zh", "会议于3月27-28日举行，展览3月20至22日开放。", P, [
    { text: "3月27-28日", value: "2020-03-27/2020-03-28" },
    { text: "3月20至22日", value: "2020-03-20/2020-03-22" },
  ]));

test("ranges of months and years", () =>
  testCase("zh", "1-2月，全国规模以上工业增加值下降；2019年1至2月同比增长；2018-2019年连续增长。", P, [
    { text: "1-2月", value: "2020-01/2020-02" },
    { text: "2019年1至2月", value: "2019-01/2019-02" },
    { text: "2018-2019年", value: "2018/2019" },
  ]));

test("days alone joined into a range", () =>
  testCase("zh", "5日至7日，代表团访问意大利。", "2020-03-10", [{ text: "5日至7日", value: "2020-03-05/2020-03-07" }]));
