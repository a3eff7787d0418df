/** zh.dateline and zh.page-date: the document's own date, used as the reference when none is given. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { testCase } from "../helpers.ts";

test("a Xinhua dateline: only the date is the mention", () =>
  testCase("zh", "新华社开罗3月5日电（记者 张三）埃及卫生部5日宣布……", "2020-03-05", [
    { text: "3月5日", value: "2020-03-05", role: "dateline" },
    { text: "5日", index: 22, value: "2020-03-05" },
  ]));

test("a People's Daily dateline at the end of the article", () =>
  testCase("zh", "正文。\n（本报北京、罗马、巴黎3月29日电  记者王新萍）", "2020-03-29", [{ text: "3月29日", value: "2020-03-29", role: "dateline" }]));

test("a CNA dateline gives only the day (traditional)", () =>
  testCase("zh", "（中央社記者王小明台北5日電）衛福部今天宣布……", "2020-03-05", [
    { text: "5日", value: "2020-03-05", role: "dateline" },
    { text: "今天", value: "2020-03-05" },
  ]));

test("电话 and 电视 after a date are not datelines", () =>
  testCase("zh", "3月5日电话会议，3月6日电视讲话。", "2020-03-29", [
    { text: "3月5日", value: "2020-03-05" },
    { text: "3月6日", value: "2020-03-06" },
  ]));

test("page dates", () =>
  testCase("zh", "发布时间：2020-07-15 来源：求是\n更新时间 2020年7月16日\n2020-07-17 08:12 来源：人民网", "2020-07-20", [
    { text: "2020-07-15", value: "2020-07-15", role: "dateline" },
    { text: "2020年7月16日", value: "2020-07-16", role: "dateline" },
    { text: "2020-07-17", value: "2020-07-17", role: "dateline" },
  ]));

test("the dateline is the reference date when no publication date is given", async () => {
  const text = "新华社北京3月5日电 国家卫健委4日通报，截至目前……前天，物资运抵。";
  const result = extractDates(text, await pickLocale(text, "zh"), { fallbackReference: "2020-01-01" });
  assert.deepEqual(result.reference, { date: "2020-03-05", basis: "dateline" });
  assert.deepEqual(result.mentions.map((m) => [m.text, m.value]), [
    ["3月5日", "2020-03-05"],
    ["4日", "2020-03-04"],
    ["截至目前", "2020-03-05"],
    ["前天", "2020-03-03"],
  ]);
});

test("a full date alone on its line (press releases) is the document's date", () =>
  testCase("zh-Hant", "政府提醒市民避免外遊。\n\n二〇二〇年三月二十日（星期五）\n香港時間十六時三十分\n", "2020-03-20", [
    { text: "二〇二〇年三月二十日（星期五）", value: "2020-03-20", role: "dateline" },
  ]));

test("a January dateline after a December date in the text belongs to the next year", async () => {
  const text = "新华社北京1月5日电 2019年12月31日，武汉市卫健委通报了不明原因肺炎病例。";
  const result = extractDates(text, await pickLocale(text, "zh"), { fallbackReference: "2026-11-23" });
  assert.deepEqual(result.reference, { date: "2020-01-05", basis: "dateline" });
});
