import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("early, mid and late months", () =>
  testCase("th", "ต้นเดือนกุมภาพันธ์ ยอดผู้ป่วยต่ำ กลางเดือน มี.ค. เพิ่มขึ้น ส่วนปลายเดือนมกราคม 2563 ยังไม่มี", P, [
    { text: "ต้นเดือนกุมภาพันธ์", value: "2020-02", mod: "START" },
    { text: "กลางเดือน มี.ค.", value: "2020-03", mod: "MID" },
    { text: "ปลายเดือนมกราคม 2563", value: "2020-01", mod: "END" },
  ]));

test("without เดือน, and สิ้นเดือน", () =>
  testCase("th", "ช่วงปลายธันวาคม ราคาสูงกว่าสิ้นเดือนพฤศจิกายน", P, [
    { text: "ปลายธันวาคม", value: "2019-12", mod: "END" },
    { text: "สิ้นเดือนพฤศจิกายน", value: "2019-11", mod: "END" },
  ]));

test("parts of this month and last month", () =>
  testCase("th", "ตั้งแต่ต้นเดือนนี้ และปลายเดือนที่แล้ว", P, [
    { text: "ต้นเดือนนี้", value: "2020-03", mod: "START" },
    { text: "ปลายเดือนที่แล้ว", value: "2020-02", mod: "END" },
  ]));

test("parts of a year", () =>
  testCase("th", "ระบาดตั้งแต่ปลายปี 2562 ส่วนต้นปี พ.ศ. 2563 ดีขึ้น", P, [
    { text: "ปลายปี 2562", value: "2019", mod: "END" },
    { text: "ต้นปี พ.ศ. 2563", value: "2020", mod: "START" },
  ]));
