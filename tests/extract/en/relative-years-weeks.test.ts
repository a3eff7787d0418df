/**
 * Relative years, months counted back, last/next months, years as modifiers, seasons, weeks and
 * weekends (issue 11). 2020-03-10 is a Tuesday.
 */
import { test } from "node:test";
import { testCase, testNoDates, type Expected } from "../helpers.ts";

const P = "2020-03-10";
const table = (rows: [string, Expected[]][], published = P) => async () => {
  for (const [input, expected] of rows) await testCase("en", input, published, expected);
};

test("this, last and next year, with parts", table([
  ["Last year, sales fell.", [{ text: "Last year", value: "2019" }]],
  ["This year they rose and next year will tell.", [{ text: "This year", value: "2020" }, { text: "next year", value: "2021" }]],
  ["Earlier this year the firm said so.", [{ text: "Earlier this year", value: "2020" }]],
  ["It warned late last year and expects a rebound early next year.", [
    { text: "late last year", value: "2019", mod: "END" },
    { text: "early next year", value: "2021", mod: "START" },
  ]],
  ["The plant will close by year's end.", [{ text: "year's end", value: "2020", mod: "END" }]],
  ["Stocks will be rebuilt by the end of the year.", [{ text: "the end of the year", value: "2020", mod: "END" }]],
  ["Profits rose in the current fiscal year.", [{ text: "the current fiscal year", value: "2020" }]],
  ["Last year's budget of 2,000 was cut.", [{ text: "Last year", value: "2019" }]],
]));

test("spans of time are not years", async () => {
  await testNoDates("en", "Over the last year prices rose; for the next year rents are frozen; the past year was hard.", P);
  await testNoDates("en", "It happens every year, once a year, at the end of the year of the rat.", P);
});

test("months and years ago, and 'a year earlier' only without another date in the sentence", table([
  ["Three years ago it opened; two months ago it closed; a year ago it was new.", [
    { text: "Three years ago", value: "2017" },
    { text: "two months ago", value: "2020-01" },
    { text: "a year ago", value: "2019" },
  ]],
  ["A year earlier, the plant had closed.", [{ text: "A year earlier", value: "2019" }]],
  ["In March, sales were up from 5% a year earlier.", [{ text: "March", value: "2020-03" }]],
  ["Exports rose 5% compared with a year earlier.", []],
  ["Two years before the pandemic, the plant closed.", []],
]));

test("last, next and this with a month", table([
  ["Last October it opened; early last August it closed.", [
    { text: "Last October", value: "2019-10" },
    { text: "early last August", value: "2019-08", mod: "START" },
  ]],
  ["Next March it reopens; this March is busy; last March was quiet.", [
    { text: "Next March", value: "2021-03" },
    { text: "this March", value: "2020-03" },
    { text: "last March", value: "2019-03" },
  ]],
  ["Last February the plant closed.", [{ text: "Last February", value: "2020-02" }]],
]));

test("a year as a modifier", table([
  ["A 2015 survey, her 2012 campaign and the 2016 report disagree; WHO's 2019 report too.", [
    { text: "2015", value: "2015" },
    { text: "2012", value: "2012" },
    { text: "2016", value: "2016" },
    { text: "2019", value: "2019" },
  ]],
  ["The 2008 Olympics were held in Beijing.", [{ text: "2008", value: "2008" }]],
]));

test("years that are counts, titles or numbers stay out", async () => {
  await testNoDates("en", "The 2000 people and the 2015 masks; 2015 people came; Agenda 2030; the 2030 Agenda.", P);
  await testNoDates("en", "Executive Order 2020-07 and Resolution 2020/15; the 2019 novel coronavirus.", P);
  await testNoDates("en", "a 2000 percent rise; the 1500 staff; page 2015 of 3000", P);
});

test("seasons, fiscal years and year ranges", table([
  ["The 2019/20 season ended early.", [{ text: "2019/20", value: "2019/2020" }]],
  ["Prices peaked in 1998-99 and again between 2014-2015.", [
    { text: "1998-99", value: "1998/1999" },
    { text: "2014-2015", value: "2014/2015" },
  ]],
  ["the 1999-00 budget", [{ text: "1999-00", value: "1999/2000" }]],
]));

test("weeks and weekends are calendar ranges, Monday to Sunday", table([
  ["Last week, earlier this week and next week.", [
    { text: "Last week", value: "2020-03-02/2020-03-08" },
    { text: "earlier this week", value: "2020-03-09/2020-03-15" },
    { text: "next week", value: "2020-03-16/2020-03-22" },
  ]],
  ["Parks closed last weekend and over the weekend; this weekend they reopen.", [
    { text: "last weekend", value: "2020-03-07/2020-03-08" },
    { text: "weekend", index: 39, value: "2020-03-07/2020-03-08" },
    { text: "this weekend", value: "2020-03-14/2020-03-15" },
  ]],
]));

test("weeks that are spans or habits stay out", async () => {
  await testNoDates("en", "Over the last week, cases doubled; every weekend and on weekends the parks fill; each week.", P);
});

test("a postponed month resolves forward", table([
  ["The race was postponed to September.", [{ text: "September", value: "2020-09" }]],
  ["The summit was pushed back until March.", [{ text: "March", value: "2020-03" }]],
], "2020-03-10"));

test("a postponed month already over is next year's", () =>
  testCase("en", "The race was postponed to September; the vote was delayed until February.", "2020-10-05", [
    { text: "September", value: "2021-09" },
    { text: "February", value: "2021-02" },
  ]));

test("long inputs of the new phrases stay linear", async () => {
  const text = "last year, earlier this week, three years ago, the 2019/20 season, last October. ".repeat(2000);
  const start = performance.now();
  await testCase("en", text.slice(0, 81), P, [
    { text: "last year", value: "2019" },
    { text: "earlier this week", value: "2020-03-09/2020-03-15" },
    { text: "three years ago", value: "2017" },
    { text: "2019/20", value: "2019/2020" },
    { text: "last October", value: "2019-10" },
  ]);
  const { mentionsIn } = await import("../helpers.ts");
  await mentionsIn("en", text, P);
  if (performance.now() - start > 3000) throw new Error("too slow");
});
