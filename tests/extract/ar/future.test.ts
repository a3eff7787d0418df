/** Dates announced ahead (تأجيل … إلى, سيعقد في) resolve forward, as in the other locales; a past event stays past. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("'postponed to' a yearless date resolves to the next one", () =>
  testCase("ar", "قررت اللجنة تأجيل المؤتمر إلى 15 فبراير، بعدما أُجّلت البطولة إلى شهر مارس.", "2020-11-20", [
    { text: "15 فبراير", value: "2021-02-15" },
    { text: "شهر مارس", value: "2021-03" },
  ]));

test("'will be held on' resolves forward; 'was held on' stays in the past", () =>
  testCase("ar", "سيعقد الاجتماع في 12 يناير. وعقد اجتماع سابق في 10 يناير.", "2020-11-20", [
    { text: "12 يناير", value: "2021-01-12" },
    { text: "10 يناير", value: "2020-01-10" },
  ]));
