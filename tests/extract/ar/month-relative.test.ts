/** الجاري = the current month, الماضي = last month (relative kind month, offset 0 / -1), with the stated day. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("a day of the current or last month", () =>
  testCase("ar", "وصل الوفد يوم 5 الجاري، وغادر في 28 الماضي", P, [
    { text: "يوم 5 الجاري", value: "2020-03-05" },
    { text: "28 الماضي", value: "2020-02-28" },
  ]));

test("with من الشهر", () =>
  testCase("ar", "في 4 من الشهر الجاري، وفي 28 من الشهر الماضي، وفي 3 من الشهر المقبل", P, [
    { text: "4 من الشهر الجاري", value: "2020-03-04" },
    { text: "28 من الشهر الماضي", value: "2020-02-28" },
    { text: "3 من الشهر المقبل", value: "2020-04-03" },
  ]));

test("across a year boundary", () =>
  testCase("ar", "في 20 من الشهر الماضي", "2020-01-10", [{ text: "20 من الشهر الماضي", value: "2019-12-20" }]));

test("several days of the current month", () =>
  testCase("ar", "يومي 27 و28 من الشهر الجاري", P, [{ text: "يومي 27 و28 من الشهر الجاري", value: "2020-03-27/2020-03-28" }]));

test("the month itself", () =>
  testCase("ar", "خلال الشهر الماضي، وخلال الشهر الجاري، وهذا الشهر", P, [
    { text: "الشهر الماضي", value: "2020-02" },
    { text: "الشهر الجاري", value: "2020-03" },
    { text: "هذا الشهر", value: "2020-03" },
  ]));

test("counts before الماضية are not days", () =>
  testCase("ar", "خلال الـ24 ساعة الماضية، وفي الأشهر الثلاثة الماضية", P, []));
