/** Months without a day: شهر مارس, مارس 2020, في أبريل, مارس الماضي, شهري مارس وأبريل. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("a month with شهر, a year, or after a time preposition", () =>
  testCase("ar", "خلال شهر فبراير، ثم في يوليو 2014، ومنذ يناير", P, [
    { text: "شهر فبراير", value: "2020-02" },
    { text: "يوليو 2014", value: "2014-07" },
    { text: "يناير", value: "2020-01" },
  ]));

test("which-month words after a named month", () =>
  testCase("ar", "في ديسمبر الماضي، وفي تشرين الأول/أكتوبر الماضي", P, [
    { text: "ديسمبر الماضي", value: "2019-12" },
    { text: "تشرين الأول/أكتوبر الماضي", value: "2019-10" },
  ]));

test("المقبل: the coming month of this year", () =>
  testCase("ar", "ستعقد الامتحانات خلال شهر يونيو المقبل", P, [{ text: "شهر يونيو المقبل", value: "2020-06" }]));

test("two months joined", () =>
  testCase("ar", "خلال شهري مارس وأبريل", P, [{ text: "شهري مارس وأبريل", value: "2020-03/2020-04" }]));

test("a month with a relative year", () =>
  testCase("ar", "في مارس من العام الماضي، و26 مارس من العام الماضي", P, [
    { text: "مارس من العام الماضي", value: "2019-03" },
    { text: "26 مارس من العام الماضي", value: "2019-03-26" },
  ]));

test("a bare month word that is a verb or a name is not a date", () =>
  testCase("ar", "مارس الرئيس ضغوطا كبيرة، وقال إن من مارس العنف سيحاسب، وتعمل شركة نيسان في المدينة", P, []));
