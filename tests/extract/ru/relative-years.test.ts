/** Years and months counted back, parts of relative years, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("три года назад is the year, два месяца назад the month", () =>
  testCase("ru", "Три года назад, два месяца назад, год назад, месяц назад и пять лет назад.", P, [
    { text: "Три года назад", value: "2017" },
    { text: "два месяца назад", value: "2020-08" },
    { text: "год назад", value: "2019" },
    { text: "месяц назад", value: "2020-09" },
    { text: "пять лет назад", value: "2015" },
  ]));

test("a duration is not a date", () => testNoDates("ru", "В течение трех лет; два месяца спустя; через год.", P));

test("this, last and next year, with parts and in the genitive", () =>
  testCase("ru", "В конце прошлого года, с начала этого года, в прошлом году и в следующем году.", P, [
    { text: "конце прошлого года", value: "2019", mod: "END" },
    { text: "начала этого года", value: "2020", mod: "START" },
    { text: "прошлом году", value: "2019" },
    { text: "следующем году", value: "2021" },
  ]));

test("октябре прошлого года is last year's October", () =>
  testCase("ru", "В октябре прошлого года.", P, [{ text: "октябре прошлого года", value: "2019-10" }]));

test("a postponed month resolves forward", () =>
  testCase("ru", "Матч перенесли на сентябрь, а форум отложен на декабрь.", P, [
    { text: "сентябрь", value: "2021-09" },
    { text: "декабрь", value: "2020-12" },
  ]));

test("weeks and weekends (kept)", () =>
  testCase("ru", "На прошлой неделе и в минувшие выходные.", P, [
    { text: "прошлой неделе", value: "2020-09-28/2020-10-04" },
    { text: "минувшие выходные", value: "2020-10-03/2020-10-04" },
  ]));
