/** Day + month name, both families and their pairs, with year, weekday, يوم and which-month words. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("day and month, yearless: the news policy gives the recent past", () =>
  testCase("ar", "عقد المؤتمر في 26 مارس وافتتح المعرض في 3 ديسمبر", P, [
    { text: "26 مارس", value: "2020-03-26" },
    { text: "3 ديسمبر", value: "2019-12-03" },
  ]));

test("يوم before the date belongs to it; الجاري and الماضي after it too", () =>
  testCase("ar", "مؤتمر صحفي يوم 26 مارس الجاري، بعد زيارة في 14 فبراير الماضي", P, [
    { text: "يوم 26 مارس الجاري", value: "2020-03-26" },
    { text: "14 فبراير الماضي", value: "2020-02-14" },
  ]));

test("with a year, including an attached م", () =>
  testCase("ar", "ولد في 2 ديسمبر 1971 وتوفي في 15 مارس 2020م", P, [
    { text: "2 ديسمبر 1971", value: "1971-12-02" },
    { text: "15 مارس 2020م", value: "2020-03-15" },
  ]));

test("Levantine month names and paired names", () =>
  testCase("ar", "في 15 آذار/مارس ثم 17 تشرين الأول و9 كانون الثاني (يناير) 2020", P, [
    { text: "15 آذار/مارس", value: "2020-03-15" },
    { text: "17 تشرين الأول", value: "2019-10-17" },
    { text: "9 كانون الثاني (يناير) 2020", value: "2020-01-09" },
  ]));

const LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
for (const [family, names] of [["Levantine", LEVANT], ["Egyptian", EGYPT]] as const) {
  test(`all twelve ${family} month names`, () =>
    testCase(
      "ar",
      names.map((name) => `وقع في 1 ${name} 2019.`).join(" "),
      P,
      names.map((name, i) => ({ text: `1 ${name} 2019`, value: `2019-${String(i + 1).padStart(2, "0")}-01` })),
    ));
}

test("Egyptian, Levantine and Maghreb spellings", () =>
  testCase("ar", "يوم 5 إبريل 2019. يوم 6 يونيه 2019. يوم 7 أيار 2019. يوم 8 جويلية 2019. يوم 9 أوت 2019. يوم 10 فيفري 2019", P, [
    { text: "يوم 5 إبريل 2019", value: "2019-04-05" },
    { text: "يوم 6 يونيه 2019", value: "2019-06-06" },
    { text: "يوم 7 أيار 2019", value: "2019-05-07" },
    { text: "يوم 8 جويلية 2019", value: "2019-07-08" },
    { text: "يوم 9 أوت 2019", value: "2019-08-09" },
    { text: "يوم 10 فيفري 2019", value: "2019-02-10" },
  ]));

test("a weekday (with الموافق) before the date belongs to it", () =>
  testCase("ar", "ابتداء من الاثنين 9 مارس، واعتبارا من صباح الأحد الموافق 15 مارس 2020م", P, [
    { text: "الاثنين 9 مارس", value: "2020-03-09" },
    { text: "الأحد الموافق 15 مارس 2020م", value: "2020-03-15" },
  ]));

test("من between day and month, and شهر before the month", () =>
  testCase("ar", "في 26 من شهر مارس", P, [{ text: "26 من شهر مارس", value: "2020-03-26" }]));

test("المقبل after a named month: this year's, not last year's", () =>
  testCase("ar", "ستعقد القمة في 20 يونيو المقبل", P, [{ text: "20 يونيو المقبل", value: "2020-06-20" }]));

test("an impossible day is not a date", () => testCase("ar", "في 32 مارس", P, []));
