/** Years: عام 2019, في 2019, عامي 2018 و2019, and this/last/next year (relative kind year). */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("a year with عام or after a time preposition", () =>
  testCase("ar", "منذ عام 2014، وفي 2019، وخلال العام 2018، وبحلول سنة 2030", P, [
    { text: "عام 2014", value: "2014" },
    { text: "2019", value: "2019" },
    { text: "العام 2018", value: "2018" },
    { text: "سنة 2030", value: "2030" },
  ]));

test("two years", () =>
  testCase("ar", "خلال عامي 2018 و2019", P, [{ text: "عامي 2018 و2019", value: "2018/2019" }]));

test("this, last and next year", () =>
  testCase("ar", "هذا العام، والعام الماضي، والعام المقبل، والسنة الحالية، والعام الجاري", P, [
    { text: "هذا العام", value: "2020" },
    { text: "العام الماضي", value: "2019" },
    { text: "العام المقبل", value: "2021" },
    { text: "السنة الحالية", value: "2020" },
    { text: "العام الجاري", value: "2020" },
  ]));

test("'general' العام is not a year", () => testCase("ar", "قال المدير العام الحالي إن الرأي العام الحالي", P, []));

test("a bare number without a time preposition, a count, or a Hijri year is not a year", () =>
  testCase("ar", "سجلت 2019 حالة، وفي 2020 حالة، لعام 1441 هـ، وعدد المشاهدات: 2020", P, []));
