import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("day/month/Buddhist-Era year", () =>
  testCase("th", "ประกาศ ณ 27/03/2563", P, [{ text: "ณ 27/03/2563", value: "2020-03-27", mod: "ASOF", role: "asof" }]));

test("day/month/two-digit year and วันที่", () =>
  testCase("th", "ลงวันที่ 25/3/63", P, [{ text: "วันที่ 25/3/63", value: "2020-03-25" }]));

test("month/day/year when only the second number can be a day", () =>
  testCase("th", "ข้อมูลจาก CDC 3/22/2020", P, [{ text: "3/22/2020", value: "2020-03-22" }]));

test("ISO dates", () => testCase("th", "รายงานฉบับ 2020-04-02", "2020-04-05", [{ text: "2020-04-02", value: "2020-04-02" }]));

test("day-month-year with dashes or dots", () =>
  testCase("th", "กำหนดส่ง 15-04-2563 หรือ 16.04.2020", P, [
    { text: "15-04-2563", value: "2020-04-15" },
    { text: "16.04.2020", value: "2020-04-16" },
  ]));

test("an impossible numeric date is dropped", () => testCase("th", "รหัส 45/13/2563", P, []));
