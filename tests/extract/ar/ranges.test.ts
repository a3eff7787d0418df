/** Ranges and lists of days: one mention, value START/END. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("days of one month: و, إلى, -, and a list", () =>
  testCase("ar", "يومي 27 و28 مارس. من 3 إلى 5 مارس. 17-19 فبراير. أيام 3 و4 و5 يناير.", P, [
    { text: "يومي 27 و28 مارس", value: "2020-03-27/2020-03-28" },
    { text: "3 إلى 5 مارس", value: "2020-03-03/2020-03-05" },
    { text: "17-19 فبراير", value: "2020-02-17/2020-02-19" },
    { text: "أيام 3 و4 و5 يناير", value: "2020-01-03/2020-01-05" },
  ]));

test("a range of the current month with a year or which-month word", () =>
  testCase("ar", "من 19 إلى 31 مارس الجاري، ومن 17 إلى 29 آذار 2020", P, [
    { text: "19 إلى 31 مارس الجاري", value: "2020-03-19/2020-03-31" },
    { text: "17 إلى 29 آذار 2020", value: "2020-03-17/2020-03-29" },
  ]));

test("across months: the shared refiner joins the two dates", () =>
  testCase("ar", "من 3 مارس إلى 10 أبريل 2020، ومن 19 مارس إلى 31 مارس، و27 فبراير - 2 مارس", P, [
    { text: "3 مارس إلى 10 أبريل 2020", value: "2020-03-03/2020-04-10" },
    { text: "19 مارس إلى 31 مارس", value: "2020-03-19/2020-03-31" },
    { text: "27 فبراير - 2 مارس", value: "2020-02-27/2020-03-02" },
  ]));

test("a list of two dates joined by و", () =>
  testCase("ar", "في 27 مارس و28 مارس", P, [{ text: "27 مارس و28 مارس", value: "2020-03-27/2020-03-28" }]));
