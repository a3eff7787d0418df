/** That day: the day last mentioned (relative kind same-day), and the next/previous day. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-04-05";

test("اليوم نفسه, نفس اليوم, ذات اليوم, اليوم ذاته, ذلك اليوم", () =>
  testCase("ar", "أعلن في 24 مارس الحظر. وفي اليوم نفسه أغلق المطار. وفي 28 مارس صدر قرار، وفي نفس اليوم عدل.", P, [
    { text: "24 مارس", value: "2020-03-24" },
    { text: "اليوم نفسه", value: "2020-03-24" },
    { text: "28 مارس", value: "2020-03-28" },
    { text: "نفس اليوم", value: "2020-03-28" },
  ]));

test("ذلك اليوم after a numeric date, ذات اليوم and اليوم ذاته", () =>
  testCase("ar", "أول حالة في 14/2/2020، ومنذ ذلك اليوم تغير الوضع. وفي ذات اليوم واليوم ذاته", P, [
    { text: "14/2/2020", value: "2020-02-14" },
    { text: "ذلك اليوم", value: "2020-02-14" },
    { text: "ذات اليوم", value: "2020-02-14" },
    { text: "اليوم ذاته", value: "2020-02-14" },
  ]));

test("the next day and the day before", () =>
  testCase("ar", "وصل في 10 مارس، وغادر في اليوم التالي، بعد أن أعلن في اليوم السابق", P, [
    { text: "10 مارس", value: "2020-03-10" },
    { text: "اليوم التالي", value: "2020-03-11" },
    { text: "اليوم السابق", value: "2020-03-10" },
  ]));

test("with nothing mentioned before, that day is the reference date", () =>
  testCase("ar", "وفي اليوم نفسه أعلن", P, [{ text: "اليوم نفسه", value: "2020-04-05" }]));
