/** Weekdays alone: on or before the reference date; with الماضي strictly before. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const SUNDAY = "2020-03-29";

test("a bare weekday and يوم + weekday", () =>
  testCase("ar", "قال الوزير السبت إن الاجتماع عقد يوم الخميس", SUNDAY, [
    { text: "السبت", value: "2020-03-28" },
    { text: "يوم الخميس", value: "2020-03-26" },
  ]));

test("the reference weekday itself is on-or-before", () =>
  testCase("ar", "وأعلن الأحد", SUNDAY, [{ text: "الأحد", value: "2020-03-29" }]));

test("الماضي / الماضية: strictly before", () =>
  testCase("ar", "اجتماع الأحد الماضي، ويوم الخميس الماضي، والجمعة الماضية", SUNDAY, [
    { text: "الأحد الماضي", value: "2020-03-22" },
    { text: "يوم الخميس الماضي", value: "2020-03-26" },
    { text: "الجمعة الماضية", value: "2020-03-27" },
  ]));

test("time-of-day before a weekday is not part of it", () =>
  testCase("ar", "في كلمة متلفزة مساء السبت", SUNDAY, [{ text: "السبت", value: "2020-03-28" }]));

test("a weekday with المقبل/القادمة is the next such day", () =>
  testCase("ar", "يعقد المجلس جلسة يوم الثلاثاء المقبل والجمعة القادمة", SUNDAY, [
    { text: "يوم الثلاثاء المقبل", value: "2020-03-31" },
    { text: "الجمعة القادمة", value: "2020-04-03" },
  ]));

test("Friday prayer, the eleven, the two together are not weekdays", () =>
  testCase("ar", "تعليق صلاة الجمعة وخطبة الجمعة، والأحد عشر لاعبا، وعمل الاثنين معا", SUNDAY, []));
