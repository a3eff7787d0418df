import { test } from "node:test";
import { testCase } from "../helpers.ts";

// A Friday.
const P = "2020-03-27";

test("today, yesterday, the day before yesterday, tomorrow", () =>
  testCase("th", "วันนี้ เมื่อวาน เมื่อวานนี้ วานนี้ เมื่อวานซืน พรุ่งนี้", P, [
    { text: "วันนี้", value: "2020-03-27" },
    { text: "เมื่อวาน", value: "2020-03-26" },
    { text: "เมื่อวานนี้", value: "2020-03-26" },
    { text: "วานนี้", value: "2020-03-26", index: 28 },
    { text: "เมื่อวานซืน", value: "2020-03-25" },
    { text: "พรุ่งนี้", value: "2020-03-28" },
  ]));

test("time-of-day words stay outside the mention", () =>
  testCase("th", "เช้าวันนี้ และช่วงบ่ายเมื่อวานนี้", P, [
    { text: "วันนี้", value: "2020-03-27" },
    { text: "เมื่อวานนี้", value: "2020-03-26" },
  ]));

test("last night, and the night of a stated date", () =>
  testCase("th", "เมื่อคืนนี้ฝนตกหนัก ส่วนเมื่อคืนวันที่ 20 มี.ค. ไฟดับ", P, [
    { text: "เมื่อคืนนี้", value: "2020-03-26" },
    { text: "วันที่ 20 มี.ค.", value: "2020-03-20" },
  ]));

test("ทุกวันนี้ (nowadays) is not today", () => testCase("th", "ทุกวันนี้คนไทยใช้เงินสดน้อยลง", P, []));

test("a relative day with its date in brackets is one mention", () =>
  testCase("th", "วันนี้ (27 มี.ค.) ศบค. แถลงว่า เมื่อวานนี้ (26 มี.ค. 63) มีผู้ป่วยใหม่", P, [
    { text: "วันนี้ (27 มี.ค.)", value: "2020-03-27" },
    { text: "เมื่อวานนี้ (26 มี.ค. 63)", value: "2020-03-26" },
  ]));

test("tomorrow with its date in brackets", () =>
  testCase("th", "ศบค. จะแถลงอีกครั้งในวันพรุ่งนี้ (28 มี.ค.)", P, [{ text: "วันพรุ่งนี้ (28 มี.ค.)", value: "2020-03-28" }]));

test("a weekday with its date in brackets", () =>
  testCase("th", "เมื่อวันพฤหัสบดี (26 มี.ค.) ที่ผ่านมา", P, [{ text: "วันพฤหัสบดี (26 มี.ค.)", value: "2020-03-26" }]));

test("last Friday: วันศุกร์ที่ผ่านมา, เมื่อวันศุกร์ที่แล้ว", () =>
  testCase("th", "เมื่อวันศุกร์ที่ผ่านมา และเมื่อวันอาทิตย์ที่แล้ว", P, [
    { text: "วันศุกร์ที่ผ่านมา", value: "2020-03-20" },
    { text: "วันอาทิตย์ที่แล้ว", value: "2020-03-22" },
  ]));

test("a bare weekday is on or before the publication date", () =>
  testCase("th", "เมื่อวันศุกร์ นายกฯ แถลง ส่วนวันจันทร์ ครม. ประชุม", P, [
    { text: "วันศุกร์", value: "2020-03-27" },
    { text: "วันจันทร์", value: "2020-03-23" },
  ]));

test("a weekday of last week", () =>
  testCase("th", "วันพุธสัปดาห์ที่แล้ว และวันศุกร์ของสัปดาห์ก่อน", P, [
    { text: "วันพุธสัปดาห์ที่แล้ว", value: "2020-03-18" },
    { text: "วันศุกร์ของสัปดาห์ก่อน", value: "2020-03-20" },
  ]));

test("every week, next week and this coming day are not past weekdays", () =>
  testCase("th", "ตลาดเปิดทุกวันเสาร์ จะประชุมวันจันทร์หน้า และวันศุกร์นี้", P, []));

test("that day: วันเดียวกัน is the day last mentioned", () =>
  testCase("th", "เมื่อวันที่ 18 มีนาคม ฝรั่งเศสปิดประเทศ ในวันเดียวกัน จีนส่งเวชภัณฑ์", P, [
    { text: "วันที่ 18 มีนาคม", value: "2020-03-18" },
    { text: "วันเดียวกัน", value: "2020-03-18" },
  ]));

test("that day after a relative day", () =>
  testCase("th", "เมื่อวานนี้ ผู้ว่าฯ สั่งปิดห้าง และในวันเดียวกันนี้ ศบค. แถลง", P, [
    { text: "เมื่อวานนี้", value: "2020-03-26" },
    { text: "วันเดียวกันนี้", value: "2020-03-26" },
  ]));
