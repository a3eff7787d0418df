/** Weeks, months and years counted back, this/last/next year, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("last, this and next week are calendar weeks", () =>
  testCase("ar", "عقد الاجتماع الأسبوع الماضي، ويستمر هذا الأسبوع، ويختتم الأسبوع المقبل، وفي الأسبوع المنصرم", P, [
    { text: "الأسبوع الماضي", value: "2020-09-28/2020-10-04" },
    { text: "هذا الأسبوع", value: "2020-10-05/2020-10-11" },
    { text: "الأسبوع المقبل", value: "2020-10-12/2020-10-18" },
    { text: "الأسبوع المنصرم", value: "2020-09-28/2020-10-04" },
  ]));

test("plural weeks and weekends are not read", () =>
  testNoDates("ar", "خلال الأسابيع الماضية، وفي عطلة نهاية الأسبوع الماضي، ومطلع الأسبوع الجاري", P));

test("years and months counted back", () =>
  testCase("ar", "قبل ثلاث سنوات، وقبل عامين، وقبل عام، وقبل شهرين، وقبل 3 أشهر", P, [
    { text: "قبل ثلاث سنوات", value: "2017" },
    { text: "قبل عامين", value: "2018" },
    { text: "قبل عام", index: 29, value: "2019" },
    { text: "قبل شهرين", value: "2020-08" },
    { text: "قبل 3 أشهر", value: "2020-07" },
  ]));

test("before another event is not counted back", () => testNoDates("ar", "قبل عامين من الانتخابات، قبل شهر على الموعد", P));

test("this, last and next year", () =>
  testCase("ar", "العام الماضي، هذا العام، العام المقبل، أواخر العام الماضي", P, [
    { text: "العام الماضي", value: "2019" },
    { text: "هذا العام", value: "2020" },
    { text: "العام المقبل", value: "2021" },
    { text: "أواخر العام الماضي", value: "2019", mod: "END" },
  ]));

test("a postponed month resolves forward, next year when it is over", () =>
  testCase("ar", "قررت اللجنة تأجيل المؤتمر إلى شهر سبتمبر، وأجلت البطولة إلى شهر ديسمبر", P, [
    { text: "شهر سبتمبر", value: "2021-09" },
    { text: "شهر ديسمبر", value: "2020-12" },
  ]));

test("a postponement with several words before إلى still resolves forward", () =>
  testCase("ar", "فيما تم تأجيل امتحانات شهادة البكالوريا إلى شهر سبتمبر.", "2020-04-21", [{ text: "شهر سبتمبر", value: "2020-09" }]));
