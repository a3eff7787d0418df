import { test } from "node:test";
import { testCase } from "../helpers.ts";

const PUBLISHED = "2020-04-14";

test("early, mid and late month", async () => {
  await testCase("en", "known as 2019-nCoV since early January, in mid-February, then in late March", PUBLISHED, [
    { text: "early January", value: "2020-01", mod: "START" },
    { text: "mid-February", value: "2020-02", mod: "MID" },
    { text: "late March", value: "2020-03", mod: "END" },
  ]);
  await testCase("en", "first reported in late December", PUBLISHED, [{ text: "late December", value: "2019-12", mod: "END" }]);
  await testCase("en", "Sales fell from mid March. By late-March they were flat. In end-March 2020 they rose.", PUBLISHED, [
    { text: "mid March", value: "2020-03", mod: "MID" },
    { text: "late-March", value: "2020-03", mod: "END" },
    { text: "end-March 2020", value: "2020-03", mod: "END" },
  ]);
});

test("beginning, middle and end of a month", async () => {
  await testCase("en", "Flights were suspended until at least the end of February.", PUBLISHED, [
    { text: "the end of February", value: "2020-02", mod: "END" },
  ]);
  await testCase("en", "At the beginning of March the curve was flat; by the middle of March it was not.", PUBLISHED, [
    { text: "the beginning of March", value: "2020-03", mod: "START" },
    { text: "the middle of March", value: "2020-03", mod: "MID" },
  ]);
});

test("parts of this month and last month", async () => {
  await testCase("en", "Cases rose early this month after falling late last month.", PUBLISHED, [
    { text: "early this month", value: "2020-04", mod: "START" },
    { text: "late last month", value: "2020-03", mod: "END" },
  ]);
  await testCase("en", "until the end of last month", PUBLISHED, [{ text: "the end of last month", value: "2020-03", mod: "END" }]);
});
