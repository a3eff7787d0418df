/** Dates announced ahead ("scheduled for", "postponed to") resolve forward, unless they are well past. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("'scheduled for' a date more than two months ahead keeps this year", () =>
  testCase("en", "The Grand Prix, scheduled for April 19, was postponed to June 7.", "2020-02-11", [
    { text: "April 19", value: "2020-04-19" },
    { text: "June 7", value: "2020-06-07" },
  ]));

test("a scheduled date a few weeks past is still this year's", () =>
  testCase("en", "The vote, originally scheduled for March 19, was held today.", "2020-04-02", [
    { text: "March 19", value: "2020-03-19" },
    { text: "today", value: "2020-04-02" },
  ]));
