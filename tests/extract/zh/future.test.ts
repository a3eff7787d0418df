/** Dates announced ahead (推迟至, 原定于) resolve forward; the same dates without the words stay in the past. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("推迟至 and 原定于 put a yearless date ahead of the report", () =>
  testCase("zh", "会议原定于7月13日至16日举行，现推迟至8月17日。", "2020-04-10", [
    { text: "7月13日至16日", value: "2020-07-13/2020-07-16" },
    { text: "8月17日", value: "2020-08-17" },
  ]));

test("without them, the news policy reads the same date as last year's", () =>
  testCase("zh", "8月17日，会议在北京举行。", "2020-04-10", [{ text: "8月17日", value: "2019-08-17" }]));
