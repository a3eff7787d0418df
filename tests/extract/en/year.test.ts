import { test } from "node:test";
import { testCase } from "../helpers.ts";

const PUBLISHED = "2020-04-14";

test("a bare year used as a date", async () => {
  await testCase("en", "The SARS epidemic began in 2002; beds have not grown since 2010.", PUBLISHED, [
    { text: "2002", value: "2002" },
    { text: "2010", value: "2010" },
  ]);
  await testCase("en", "claims in the same period of 2019", PUBLISHED, [{ text: "2019", value: "2019" }]);
});

test("year ranges", async () => {
  await testCase("en", "Waiting lists grew from 2015 to 2019, and between 2010 and 2012.", PUBLISHED, [
    { text: "2015 to 2019", value: "2015/2019" },
    { text: "2010 and 2012", value: "2010/2012" },
  ]);
});

test("parts of a year", async () => {
  await testCase("en", "Vacancies stood at 100,000 in mid-2019, rose by the end of 2019 and fell in early 2020.", PUBLISHED, [
    { text: "mid-2019", value: "2019", mod: "MID" },
    { text: "the end of 2019", value: "2019", mod: "END" },
    { text: "early 2020", value: "2020", mod: "START" },
  ]);
});

test("month and year", async () => {
  await testCase("en", "Output fell in March 2020 and has not recovered since February.", PUBLISHED, [
    { text: "March 2020", value: "2020-03" },
    { text: "February", value: "2020-02" },
  ]);
  await testCase("en", "from December to January 2020", PUBLISHED, [{ text: "December to January 2020", value: "2019-12/2020-01" }]);
});
