import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("a month with เดือน, with and without a year", () =>
  testCase("th", "ในเดือนกุมภาพันธ์ ยอดขายลดลง ส่วนเดือนธันวาคม 2562 ยังปกติ", P, [
    { text: "เดือนกุมภาพันธ์", value: "2020-02" },
    { text: "เดือนธันวาคม 2562", value: "2019-12" },
  ]));

test("a bare full month name, and an abbreviation with a year", () =>
  testCase("th", "ตัวเลขเดือนมกราคมสูงกว่าพฤศจิกายน ส่วน ก.พ. 2563 ต่ำสุด และเดือน ม.ค. 63", P, [
    { text: "เดือนมกราคม", value: "2020-01" },
    { text: "พฤศจิกายน", value: "2019-11" },
    { text: "ก.พ. 2563", value: "2020-02" },
    { text: "เดือน ม.ค. 63", value: "2020-01" },
  ]));

test("months counted from the publication date", () =>
  testCase("th", "ยอดส่งออกเดือนที่แล้วลดลง แต่เดือนนี้ดีขึ้น", P, [
    { text: "เดือนที่แล้ว", value: "2020-02" },
    { text: "เดือนนี้", value: "2020-03" },
  ]));

test("counts of months are not months", () =>
  testCase("th", "ในช่วง 3 เดือนที่ผ่านมา และหลายเดือนก่อน", P, []));

test("years with ปี, พ.ศ. or ค.ศ.", () =>
  testCase("th", "ในปี 2562 รายได้ลดลง ตั้งแต่ พ.ศ. 2558 ต่างจากปี ค.ศ. 2019", P, [
    { text: "ปี 2562", value: "2019" },
    { text: "พ.ศ. 2558", value: "2015" },
    { text: "ปี ค.ศ. 2019", value: "2019" },
  ]));

test("months joined in one expression", () =>
  testCase("th", "ครึ่งแรกของปี (ม.ค.-มิ.ย.) และช่วงมกราคม-มีนาคม 2563", "2020-07-28", [
    { text: "ม.ค.-มิ.ย.", value: "2020-01/2020-06" },
    { text: "มกราคม-มีนาคม 2563", value: "2020-01/2020-03" },
  ]));
