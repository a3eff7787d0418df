/** Years and months counted back, parts of relative years, last/next months, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("il y a trois ans is the year, il y a deux mois the month", () =>
  testCase("fr", "Il y a trois ans, il y a deux mois et il y a un an.", P, [
    { text: "Il y a trois ans", value: "2017" },
    { text: "il y a deux mois", value: "2020-08" },
    { text: "il y a un an", value: "2019" },
  ]));

test("a duration or an age is not a date", () => testNoDates("fr", "Pendant trois ans; un enfant de deux ans; dans un an.", P));

test("parts of this, last and next year", () =>
  testCase("fr", "Fin de l'année dernière, début de l'année et fin de l’an prochain.", P, [
    { text: "Fin de l'année dernière", value: "2019", mod: "END" },
    { text: "début de l'année", value: "2020", mod: "START" },
    { text: "fin de l’an prochain", value: "2021", mod: "END" },
  ]));

test("octobre dernier is the last October; mars prochain the next March", () =>
  testCase("fr", "En octobre dernier et en mars prochain.", P, [
    { text: "octobre dernier", value: "2019-10" },
    { text: "mars prochain", value: "2021-03" },
  ]));

test("a postponed month resolves forward", () =>
  testCase("fr", "Le sommet a été reporté à septembre; la finale, repoussée à décembre.", P, [
    { text: "septembre", value: "2021-09" },
    { text: "décembre", value: "2020-12" },
  ]));

test("weeks and weekends (kept)", () =>
  testCase("fr", "La semaine dernière et le week-end dernier.", P, [
    { text: "semaine dernière", value: "2020-09-28/2020-10-04" },
    { text: "week-end dernier", value: "2020-10-03/2020-10-04" },
  ]));
