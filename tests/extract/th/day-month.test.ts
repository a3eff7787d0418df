import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("full month names with วันที่", () =>
  testCase("th", "ต่อมาวันที่ 21 มีนาคม คณะแพทย์จีนเดินทางถึงเซอร์เบีย", P, [{ text: "วันที่ 21 มีนาคม", value: "2020-03-21" }]));

test("เมื่อ is a preposition, outside the mention", () =>
  testCase("th", "เมื่อวันที่ 17 มีนาคม จีนได้จัดส่งสิ่งของ", P, [{ text: "วันที่ 17 มีนาคม", value: "2020-03-17" }]));

test("a yearless date after the publication date is last year's", () =>
  testCase("th", "ตั้งแต่ 12 ธันวาคม", P, [{ text: "12 ธันวาคม", value: "2019-12-12" }]));

test("every abbreviated month", () =>
  testCase("th", "1 ม.ค. 2 ก.พ. 3 มี.ค. 4 เม.ย. 5 พ.ค. 6 มิ.ย. 7 ก.ค. 8 ส.ค. 9 ก.ย. 10 ต.ค. 11 พ.ย. 12 ธ.ค.", P, [
    { text: "1 ม.ค.", value: "2020-01-01" },
    { text: "2 ก.พ.", value: "2020-02-02" },
    { text: "3 มี.ค.", value: "2020-03-03" },
    { text: "4 เม.ย.", value: "2020-04-04" },
    { text: "5 พ.ค.", value: "2020-05-05" },
    { text: "6 มิ.ย.", value: "2019-06-06" },
    { text: "7 ก.ค.", value: "2019-07-07" },
    { text: "8 ส.ค.", value: "2019-08-08" },
    { text: "9 ก.ย.", value: "2019-09-09" },
    { text: "10 ต.ค.", value: "2019-10-10" },
    { text: "11 พ.ย.", value: "2019-11-11" },
    { text: "12 ธ.ค.", value: "2019-12-12" },
  ]));

test("every full month name", () =>
  testCase("th", "1 มกราคม 2 กุมภาพันธ์ 3 มีนาคม 4 เมษายน 5 พฤษภาคม 6 มิถุนายน 7 กรกฎาคม 8 สิงหาคม 9 กันยายน 10 ตุลาคม 11 พฤศจิกายน 12 ธันวาคม 2562", P, [
    { text: "1 มกราคม", value: "2020-01-01" },
    { text: "2 กุมภาพันธ์", value: "2020-02-02" },
    { text: "3 มีนาคม", value: "2020-03-03" },
    { text: "4 เมษายน", value: "2020-04-04" },
    { text: "5 พฤษภาคม", value: "2020-05-05" },
    { text: "6 มิถุนายน", value: "2019-06-06" },
    { text: "7 กรกฎาคม", value: "2019-07-07" },
    { text: "8 สิงหาคม", value: "2019-08-08" },
    { text: "9 กันยายน", value: "2019-09-09" },
    { text: "10 ตุลาคม", value: "2019-10-10" },
    { text: "11 พฤศจิกายน", value: "2019-11-11" },
    { text: "12 ธันวาคม 2562", value: "2019-12-12" },
  ]));

test("Buddhist-Era years, four and two digits, and Common-Era years", () =>
  testCase("th", "วันที่ 21 มีนาคม 2563 / 11 ก.พ. 63 / 5 มกราคม พ.ศ. 2563 / 1 ม.ค. ค.ศ. 2020 / 31 ธ.ค. 2019", P, [
    { text: "วันที่ 21 มีนาคม 2563", value: "2020-03-21" },
    { text: "11 ก.พ. 63", value: "2020-02-11" },
    { text: "5 มกราคม พ.ศ. 2563", value: "2020-01-05" },
    { text: "1 ม.ค. ค.ศ. 2020", value: "2020-01-01" },
    { text: "31 ธ.ค. 2019", value: "2019-12-31" },
  ]));

test("Thai digits", () =>
  testCase("th", "เมื่อวันที่ ๑๑ ก.พ. ๖๓ และเมื่อวันที่ ๒๑ มีนาคม ๒๕๖๓", P, [
    { text: "วันที่ ๑๑ ก.พ. ๖๓", value: "2020-02-11" },
    { text: "วันที่ ๒๑ มีนาคม ๒๕๖๓", value: "2020-03-21" },
  ]));

test("Arabic-Indic digits", () =>
  testCase("th", "ประชุมวันที่ ٢١ มีนาคม ٢٠٢٠", P, [{ text: "วันที่ ٢١ มีนาคม ٢٠٢٠", value: "2020-03-21" }]));

test("a weekday belongs to the date: วันศุกร์ที่ 27 มี.ค.", () =>
  testCase("th", "เมื่อวันศุกร์ที่ 20 มี.ค. 2563 ต่อจากวันพฤหัสบดี 19 มีนาคม", P, [
    { text: "วันศุกร์ที่ 20 มี.ค. 2563", value: "2020-03-20" },
    { text: "วันพฤหัสบดี 19 มีนาคม", value: "2020-03-19" },
  ]));

test("no space between day, month and year; เดือน between day and month", () =>
  testCase("th", "ออกประกาศ 21มี.ค.63 มีผลวันที่ 1 เดือนเมษายน", P, [
    { text: "21มี.ค.63", value: "2020-03-21" },
    { text: "วันที่ 1 เดือนเมษายน", value: "2020-04-01" },
  ]));

test("a time after the date is not a two-digit year", () =>
  testCase("th", "วันที่ 25 มี.ค. 10.30 น. และ 26 มี.ค. 15:00 น.", P, [
    { text: "วันที่ 25 มี.ค.", value: "2020-03-25" },
    { text: "26 มี.ค.", value: "2020-03-26" },
  ]));

test("a count after the date is not a two-digit year", () =>
  testCase("th", "เมื่อ 25 มีนาคม 91 ราย", P, [{ text: "25 มีนาคม", value: "2020-03-25" }]));

test("ที่ผ่านมา after the month stays outside the mention", () =>
  testCase("th", "เมื่อวันที่ 25 มีนาคมที่ผ่านมา", P, [{ text: "วันที่ 25 มีนาคม", value: "2020-03-25" }]));

test("an impossible day is dropped", () => testCase("th", "วันที่ 30 ก.พ. 2563", P, []));
