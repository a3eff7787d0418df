/** Parts of months (and years): أوائل/مطلع/بداية = START, منتصف/أواسط = MID, أواخر/نهاية = END. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("early, mid and late in a named month", () =>
  testCase("ar", "في أوائل مارس، وفي منتصف فبراير، وفي أواخر يناير", P, [
    { text: "أوائل مارس", value: "2020-03", mod: "START" },
    { text: "منتصف فبراير", value: "2020-02", mod: "MID" },
    { text: "أواخر يناير", value: "2020-01", mod: "END" },
  ]));

test("other part words, شهر, a year and which-month words", () =>
  testCase("ar", "مطلع شهر آذار 2020. أواسط أيلول الماضي. نهاية ديسمبر الماضي. بداية أبريل.", P, [
    { text: "مطلع شهر آذار 2020", value: "2020-03", mod: "START" },
    { text: "أواسط أيلول الماضي", value: "2019-09", mod: "MID" },
    { text: "نهاية ديسمبر الماضي", value: "2019-12", mod: "END" },
    { text: "بداية أبريل", value: "2020-04", mod: "START" },
  ]));

test("part of the current or last month", () =>
  testCase("ar", "وجه في منتصف الشهر الماضي ببدء التنفيذ مطلع الشهر الجاري، وأواخر هذا الشهر", "2020-04-05", [
    { text: "منتصف الشهر الماضي", value: "2020-03", mod: "MID" },
    { text: "مطلع الشهر الجاري", value: "2020-04", mod: "START" },
    { text: "أواخر هذا الشهر", value: "2020-04", mod: "END" },
  ]));

test("part of a year", () =>
  testCase("ar", "منذ منتصف 2014، وفي أوائل عام 2020، ونهاية العام الماضي، ومطلع العام الجاري", P, [
    { text: "منتصف 2014", value: "2014", mod: "MID" },
    { text: "أوائل عام 2020", value: "2020", mod: "START" },
    { text: "نهاية العام الماضي", value: "2019", mod: "END" },
    { text: "مطلع العام الجاري", value: "2020", mod: "START" },
  ]));

test("parts of two months joined by و stay two mentions", () =>
  testCase("ar", "في أواخر شباط وأوائل آذار", P, [
    { text: "أواخر شباط", value: "2020-02", mod: "END" },
    { text: "أوائل آذار", value: "2020-03", mod: "START" },
  ]));

test("a part word without a month is not a date", () =>
  testCase("ar", "في منتصف الليل، وفي نهاية المطاف، وفي بداية الأزمة، ونهاية العام الدراسي", P, []));
