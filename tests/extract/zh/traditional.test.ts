/** Traditional Chinese (zh-Hant): the same parsers read 號, 週, 禮拜, 當天, 後天, 電, 截至目前為止. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-04"; // a Wednesday

test("traditional characters and the zh-Hant tag", () =>
  testCase("zh-Hant", "衛福部3月2號宣布，上週五起實施；當天下午記者會。上個月底，疫苗抵台。截至目前為止，共有42例確診。", P, [
    { text: "3月2號", value: "2020-03-02" },
    { text: "上週五", value: "2020-02-28" },
    { text: "當天", value: "2020-02-28" },
    { text: "上個月底", value: "2020-02", mod: "END" },
    { text: "截至目前為止", value: P, mod: "ASOF", role: "asof" },
  ]));

test("禮拜 weekdays, 後天, and a Taiwanese ROC-era date", () =>
  testCase("zh-TW", "禮拜一開學，後天放假；民國109年2月29日公告。", P, [
    { text: "禮拜一", value: "2020-03-02" },
    { text: "後天", value: "2020-03-06" },
    { text: "民國109年2月29日", value: "2020-02-29" },
  ]));

test("a Hong Kong dateline", () =>
  testCase("zh-HK", "中新社香港3月3日電 特區政府近日宣布……", P, [
    { text: "3月3日", value: "2020-03-03", role: "dateline" },
    { text: "近日", value: P, mod: "BEFORE" },
  ]));
