/** zh.month-part, zh.year-part, zh.month-part-alone: parts of months (and years). */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("early, mid, late: 初, 上旬, 中旬, 下旬, 底, 末", () =>
  testCase("zh", "两国专家2月初即已建立远程会诊机制，物资已于2月底运抵东京。3月上旬复工，3月中旬复产，1月末停工。", P, [
    { text: "2月初", value: "2020-02", mod: "START" },
    { text: "2月底", value: "2020-02", mod: "END" },
    { text: "3月上旬", value: "2020-03", mod: "START" },
    { text: "3月中旬", value: "2020-03", mod: "MID" },
    { text: "1月末", value: "2020-01", mod: "END" },
  ]));

test("parts of two months joined by 至 stay two mentions (the refiner joins only like with like)", () =>
  testCase("zh", "2月底至3月初，多批物资运抵；2月初至2月底，全市停工。", P, [
    { text: "2月底", value: "2020-02", mod: "END" },
    { text: "3月初", value: "2020-03", mod: "START" },
    { text: "2月初", value: "2020-02", mod: "START" },
    { text: "2月底", index: 19, value: "2020-02", mod: "END" },
  ]));

test("a part of a month with a year, and Chinese numerals", () =>
  testCase("zh", "2019年12月下旬出现病例；二月初复工。", P, [
    { text: "2019年12月下旬", value: "2019-12", mod: "END" },
    { text: "二月初", value: "2020-02", mod: "START" },
  ]));

test("a span of parts takes its first: 3月中下旬, 上中旬", () =>
  testCase("zh", "3月中下旬以来，复工加快；2月上中旬，物资紧张。", P, [
    { text: "3月中下旬", value: "2020-03", mod: "MID" },
    { text: "2月上中旬", value: "2020-02", mod: "START" },
  ]));

test("a bare part is of the publication month", () =>
  testCase("zh", "中旬以来，新增病例持续下降。", P, [{ text: "中旬", value: "2020-03", mod: "MID" }]));

test("parts of years", () =>
  testCase("zh", "截至2019年底，全国共有医院3.4万个；2020年初，疫情暴发。", P, [
    { text: "截至2019年底", value: "2019", mod: "ASOF", role: "asof" },
    { text: "2020年初", value: "2020", mod: "START" },
  ]));

test("初步 and 初次 are not early-month", () =>
  testCase("zh", "3月初步统计显示，2020年初次实现增长。", P, [
    { text: "3月", value: "2020-03" },
    { text: "2020年", value: "2020" },
  ]));
