import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("a day without its month takes the publication month", () =>
  testCase("th", "คณะแพทย์เดินทางถึงเมื่อวันที่ 5 ที่ผ่านมา", P, [{ text: "วันที่ 5", value: "2020-03-05" }]));

test("a day later than the publication day is last month's", () =>
  testCase("th", "เมื่อวันที่ 29", P, [{ text: "วันที่ 29", value: "2020-02-29" }]));

test("a weekday with a day number", () =>
  testCase("th", "เมื่อวันพุธที่ 25 นายกรัฐมนตรีแถลง", P, [{ text: "วันพุธที่ 25", value: "2020-03-25" }]));

test("the fifth day running is not a date", () =>
  testCase("th", "ผู้ป่วยเพิ่มขึ้นเป็นวันที่ 5 ติดต่อกัน และวันที่ 3 ของการปิดเมือง", P, []));
