/** zh.numeric-date: ISO and slashed dates. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("ISO, slashed and dotted dates", () =>
  testCase("zh", "数据更新至2020-04-02，报告日期2020/3/22，文件2020.3.5印发。", "2020-04-05", [
    { text: "2020-04-02", value: "2020-04-02" },
    { text: "2020/3/22", value: "2020-03-22" },
    { text: "2020.3.5", value: "2020-03-05" },
  ]));

test("month-first and day-first numeric dates", () =>
  testCase("zh", "美方3/22/2020公布数据，欧方22/3/2020发布报告。", "2020-04-05", [
    { text: "3/22/2020", value: "2020-03-22" },
    { text: "22/3/2020", value: "2020-03-22" },
  ]));
