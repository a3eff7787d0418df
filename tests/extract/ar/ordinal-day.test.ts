/** Days written as ordinal words: العاشر من مارس, الحادي والعشرين من الشهر الجاري, الفاتح من ماي. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("ordinal day of a named month", () =>
  testCase("ar", "أعلنها الرئيس في الرابع عشر من مارس، وبدأ التنفيذ في العاشر من مارس 2020", P, [
    { text: "الرابع عشر من مارس", value: "2020-03-14" },
    { text: "العاشر من مارس 2020", value: "2020-03-10" },
  ]));

test("ordinals from the first to the thirty-first", () =>
  testCase("ar", "الأول من أبريل. الثاني والعشرين من فبراير. الثلاثين من يناير. الحادي والثلاثين من ديسمبر. العشرين من مارس.", P, [
    { text: "الأول من أبريل", value: "2020-04-01" },
    { text: "الثاني والعشرين من فبراير", value: "2020-02-22" },
    { text: "الثلاثين من يناير", value: "2020-01-30" },
    { text: "الحادي والثلاثين من ديسمبر", value: "2019-12-31" },
    { text: "العشرين من مارس", value: "2020-03-20" },
  ]));

test("ordinal day of the current or last month", () =>
  testCase("ar", "في الحادي والعشرين من الشهر الجاري، وفي الخامس من الشهر الماضي", P, [
    { text: "الحادي والعشرين من الشهر الجاري", value: "2020-03-21" },
    { text: "الخامس من الشهر الماضي", value: "2020-02-05" },
  ]));

test("Maghreb الفاتح (the first)", () =>
  testCase("ar", "قبل الفاتح من ماي", "2020-04-21", [{ text: "الفاتح من ماي", value: "2020-05-01" }]));

test("an ordinal not followed by a month is not a date", () =>
  testCase("ar", "وهو الأول من نوعه في المنطقة، والخامس من بين المرشحين", P, []));
