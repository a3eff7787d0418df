/** Years and months counted back, parts of relative years, last/next months, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("hace tres años is the year, hace dos meses the month", () =>
  testCase("es", "Hace tres años, hace dos meses y hace un año.", P, [
    { text: "Hace tres años", value: "2017" },
    { text: "hace dos meses", value: "2020-08" },
    { text: "hace un año", value: "2019" },
  ]));

test("a duration without hace is not a date", () => testNoDates("es", "Durante tres años y dos meses; dentro de un año.", P));

test("parts of this, last and next year", () =>
  testCase("es", "A finales del año pasado, a principios de este año y a mediados del próximo año.", P, [
    { text: "finales del año pasado", value: "2019", mod: "END" },
    { text: "principios de este año", value: "2020", mod: "START" },
    { text: "mediados del próximo año", value: "2021", mod: "MID" },
  ]));

test("octubre pasado is the last October; próximo marzo the next March", () =>
  testCase("es", "En octubre pasado y en septiembre pasado; el próximo marzo.", P, [
    { text: "octubre pasado", value: "2019-10" },
    { text: "septiembre pasado", value: "2020-09" },
    { text: "próximo marzo", value: "2021-03" },
  ]));

test("a postponed month resolves forward", () =>
  testCase("es", "El congreso fue aplazado a septiembre y la final, pospuesta hasta diciembre.", P, [
    { text: "septiembre", value: "2021-09" },
    { text: "diciembre", value: "2020-12" },
  ]));

test("weeks and weekends (kept)", () =>
  testCase("es", "La semana pasada y el fin de semana pasado.", P, [
    { text: "semana pasada", value: "2020-09-28/2020-10-04" },
    { text: "fin de semana pasado", value: "2020-10-03/2020-10-04" },
  ]));
