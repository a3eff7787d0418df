import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-14 is a Tuesday.
const PUBLISHED = "2020-04-14";

test("yesterday, today, tomorrow and days ago", async () => {
  await testCase("en", "No deaths were reported yesterday or today; figures are due tomorrow.", PUBLISHED, [
    { text: "yesterday", value: "2020-04-13" },
    { text: "today", value: "2020-04-14" },
    { text: "tomorrow", value: "2020-04-15" },
  ]);
  await testCase("en", "Yesterday (Monday) and the day before yesterday were quiet.", PUBLISHED, [
    { text: "Yesterday (Monday)", value: "2020-04-13" },
    { text: "the day before yesterday", value: "2020-04-12" },
  ]);
  await testCase("en", "Officials said three days ago and again two weeks ago.", PUBLISHED, [
    { text: "three days ago", value: "2020-04-11" },
    { text: "two weeks ago", value: "2020-03-31" },
  ]);
  await testCase("en", "yesterday morning", PUBLISHED, [{ text: "yesterday", value: "2020-04-13" }]);
});

test("weekdays: on or before the publication date, and 'last' strictly before", async () => {
  await testCase("en", "The hospital opened on Saturday and the commission reported on Tuesday.", PUBLISHED, [
    { text: "Saturday", value: "2020-04-11" },
    { text: "Tuesday", value: "2020-04-14" },
  ]);
  await testCase("en", "Last Friday, the province ordered quarantine; last Tuesday it closed the port.", PUBLISHED, [
    { text: "Last Friday", value: "2020-04-10" },
    { text: "last Tuesday", value: "2020-04-07" },
  ]);
  await testCase("en", "Friday's order came late on Monday night.", PUBLISHED, [
    { text: "Friday", value: "2020-04-10" },
    { text: "Monday", value: "2020-04-13" },
  ]);
});

test("the same day is the day mentioned last", async () => {
  await testCase("en", "The city opened a hospital on Saturday, and a medical team arrived the same day.", PUBLISHED, [
    { text: "Saturday", value: "2020-04-11" },
    { text: "the same day", value: "2020-04-11" },
  ]);
  await testCase("en", "Wuhan reopened on April 8. That day, 55,000 people left.", PUBLISHED, [
    { text: "April 8", value: "2020-04-08" },
    { text: "That day", value: "2020-04-08" },
  ]);
});

test("a day of the month alone, and the day of this or last month", async () => {
  await testCase("en", "Pubs were told to close on the 20th.", "2020-03-27", [{ text: "the 20th", value: "2020-03-20" }]);
  await testCase("en", "The rule took effect on the 28th, then on the 3rd of this month.", PUBLISHED, [
    { text: "the 28th", value: "2020-03-28" },
    { text: "the 3rd of this month", value: "2020-04-03" },
  ]);
  await testCase("en", "The first death was confirmed on the 5th of last month.", PUBLISHED, [
    { text: "the 5th of last month", value: "2020-03-05" },
  ]);
  await testCase("en", "Flights resumed on the 8th and 9th.", PUBLISHED, [{ text: "the 8th and 9th", value: "2020-04-08/2020-04-09" }]);
});

test("this month, last month, next month", async () => {
  await testCase("en", "Last month, Xi called for joint efforts; this month the focus moved, and next month it may move again.", PUBLISHED, [
    { text: "Last month", value: "2020-03" },
    { text: "this month", value: "2020-04" },
    { text: "next month", value: "2020-05" },
  ]);
});
