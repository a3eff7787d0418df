/** Today, yesterday and their neighbours, with the weekday news copy adds in brackets. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const THURSDAY = "2020-03-26";

test("اليوم (الخميس): the bracketed weekday belongs to it", () =>
  testCase("ar", "أعلنت وزارة الصحة اليوم (الخميس) تسجيل حالات جديدة", THURSDAY, [{ text: "اليوم (الخميس)", value: "2020-03-26" }]));

test("a weekday after today or yesterday without brackets", () =>
  testCase("ar", "قررت الحكومة اليوم الخميس، بعد اجتماع أمس الأربعاء", THURSDAY, [
    { text: "اليوم الخميس", value: "2020-03-26" },
    { text: "أمس الأربعاء", value: "2020-03-25" },
  ]));

test("time-of-day words are not part of the mention", () =>
  testCase("ar", "وقال صباح أمس إن البيان صدر مساء اليوم", THURSDAY, [
    { text: "أمس", value: "2020-03-25" },
    { text: "اليوم", value: "2020-03-26" },
  ]));

test("proclitics are not part of the mention", () =>
  testCase("ar", "وأمس وصل الوفد، وبالأمس غادر، واليوم يعود", THURSDAY, [
    { text: "أمس", value: "2020-03-25" },
    { text: "الأمس", value: "2020-03-25" },
    { text: "اليوم", value: "2020-03-26" },
  ]));

test("the day before yesterday, tomorrow with its weekday", () =>
  testCase("ar", "وصل أول أمس، ويغادر يوم غد الجمعة، ثم غدا (الجمعة)", THURSDAY, [
    { text: "أول أمس", value: "2020-03-24" },
    { text: "يوم غد الجمعة", value: "2020-03-27" },
    { text: "غدا (الجمعة)", value: "2020-03-27" },
  ]));

test("days counted back", () =>
  testCase("ar", "وصل قبل يومين، وأعلن قبل 3 أيام، وقبل خمسة أيام، وقبل أسبوع", THURSDAY, [
    { text: "قبل يومين", value: "2020-03-24" },
    { text: "قبل 3 أيام", value: "2020-03-23" },
    { text: "قبل خمسة أيام", value: "2020-03-21" },
    { text: "قبل أسبوع", value: "2020-03-19" },
  ]));

test("days before another event are not counted from the reference", () =>
  testCase("ar", "قبل يومين من الانتخابات، وقبل 3 أيام على الموعد", THURSDAY, []));

test("اليوم as a noun is not today", () =>
  testCase("ar", "اليوم العالمي للصحة، اليوم الأول، مرتين في اليوم، طوال اليوم", THURSDAY, []));

test("أمس الحاجة is 'the direst need', and غدا alone may be the verb 'became'", () =>
  testCase("ar", "المستشفيات في أمس الحاجة إلى الدعم، وغدا الوضع أكثر صعوبة", THURSDAY, []));
