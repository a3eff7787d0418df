import { test } from "node:test";
import { testCase } from "../helpers.ts";

const PUBLISHED = "2020-04-14";

test("month before day, with or without a year (the year is implied by the publication date)", async () => {
  await testCase("en", "On March 26, President Xi attended the summit.", PUBLISHED, [{ text: "March 26", value: "2020-03-26" }]);
  await testCase("en", "a lab in Baghdad on March 18, 2020. XINHUA", PUBLISHED, [{ text: "March 18, 2020", value: "2020-03-18" }]);
  await testCase("en", "It alerted the WHO on Dec. 31 and again on Jan 3rd.", PUBLISHED, [
    { text: "Dec. 31", value: "2019-12-31" },
    { text: "Jan 3rd", value: "2020-01-03" },
  ]);
  await testCase("en", "From January 3 of this year, China has been providing information.", PUBLISHED, [
    { text: "January 3 of this year", value: "2020-01-03" },
  ]);
  await testCase("en", "The attacks of Sept. 11, 2001 changed air travel.", PUBLISHED, [{ text: "Sept. 11, 2001", value: "2001-09-11" }]);
});

test("day before month", async () => {
  await testCase("en", "The lockdown began on 23 March and Parliament rose on 25 March 2020.", PUBLISHED, [
    { text: "23 March", value: "2020-03-23" },
    { text: "25 March 2020", value: "2020-03-25" },
  ]);
  await testCase("en", "It happened on the 26th of March.", PUBLISHED, [{ text: "the 26th of March", value: "2020-03-26" }]);
});

test("a weekday written with its date is one mention", async () => {
  await testCase("en", "originally scheduled for Thursday, March 19, now on Thursday, April 30, 2020, at 8:30 a.m.", "2020-04-02", [
    { text: "Thursday, March 19", value: "2020-03-19" },
    { text: "Thursday, April 30, 2020", value: "2020-04-30" },
  ]);
  await testCase("en", "He spoke on Friday 27 March and on Thursday (March 26).", PUBLISHED, [
    { text: "Friday 27 March", value: "2020-03-27" },
    { text: "Thursday (March 26)", value: "2020-03-26" },
  ]);
});

test("numeric dates", async () => {
  await testCase("en", "The order was signed on 3/22/2020 and took effect 3/25/20.", PUBLISHED, [
    { text: "3/22/2020", value: "2020-03-22" },
    { text: "3/25/20", value: "2020-03-25" },
  ]);
  await testCase("en", "Dated 22/03/2020 (day first, as the first number cannot be a month).", PUBLISHED, [{ text: "22/03/2020", value: "2020-03-22" }]);
  await testCase("en", "A dashboard refreshed on 2020-04-02 and 2020/4/3.", PUBLISHED, [
    { text: "2020-04-02 and 2020/4/3", value: "2020-04-02/2020-04-03" },
  ]);
});
