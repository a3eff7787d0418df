/** Numeric dates and Arabic-Indic digits (normalised by the engine, same offsets). */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-04-05";

test("ISO, day/month/year, and month/day/year when the day slot is over 12", () =>
  testCase("ar", "في 2020-04-02. في 22/3/2020. في 3/22/2020. في 15.03.2020. في 2020/4/1.", P, [
    { text: "2020-04-02", value: "2020-04-02" },
    { text: "22/3/2020", value: "2020-03-22" },
    { text: "3/22/2020", value: "2020-03-22" },
    { text: "15.03.2020", value: "2020-03-15" },
    { text: "2020/4/1", value: "2020-04-01" },
  ]));

test("Arabic-Indic digits", () =>
  testCase("ar", "نُشر في: الخميس ١٩ مارس ٢٠٢٠\nأول حالة في ١٤/٢/٢٠٢٠ ثم ٢٠٢٠-٠٤-٠٢ و٢٧ مارس", P, [
    { text: "الخميس ١٩ مارس ٢٠٢٠", value: "2020-03-19", role: "dateline" },
    { text: "١٤/٢/٢٠٢٠", value: "2020-02-14" },
    { text: "٢٠٢٠-٠٤-٠٢", value: "2020-04-02" },
    { text: "٢٧ مارس", value: "2020-03-27" },
  ]));

test("Extended Arabic-Indic (Persian) digits", () =>
  testCase("ar", "في ۲۶ مارس ۲۰۲۰", P, [{ text: "۲۶ مارس ۲۰۲۰", value: "2020-03-26" }]));

test("clock times, fractions and impossible numeric dates are not dates", () =>
  testCase("ar", "الساعة 10:30 و12:43 فجرا، بنسبة 3/4، وفي 31/02/2020، والرقم 12.5", P, []));
