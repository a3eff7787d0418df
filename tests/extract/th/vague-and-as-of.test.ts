import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("vague past is before the publication date", () =>
  testCase("th", "เมื่อเร็วๆ นี้ รัฐบาลประกาศ เมื่อเร็ว ๆ นี้ เมื่อไม่นานมานี้ เมื่อวันก่อน และเมื่อไม่กี่วันที่ผ่านมา", P, [
    { text: "เมื่อเร็วๆ นี้", value: "2020-03-27", mod: "BEFORE" },
    { text: "เมื่อเร็ว ๆ นี้", value: "2020-03-27", mod: "BEFORE" },
    { text: "เมื่อไม่นานมานี้", value: "2020-03-27", mod: "BEFORE" },
    { text: "เมื่อวันก่อน", value: "2020-03-27", mod: "BEFORE" },
    { text: "เมื่อไม่กี่วันที่ผ่านมา", value: "2020-03-27", mod: "BEFORE" },
  ], { vague: true }));

test("vague past is not read by default", () =>
  testCase("th", "เมื่อเร็วๆ นี้ รัฐบาลประกาศ เมื่อไม่นานมานี้ เมื่อวันก่อน", P, []));

test("as of a date: จนถึงวันที่ 25 มีนาคม", () =>
  testCase("th", "จนถึงวันที่ 25 มีนาคมที่ผ่านมา จีนได้จัดส่งคณะแพทย์ 3 ชุด", P, [
    { text: "จนถึงวันที่ 25 มีนาคม", value: "2020-03-25", mod: "ASOF", role: "asof" },
  ]));

test("as of a date with ณ", () =>
  testCase("th", "ข้อมูล ณ วันที่ 26 มี.ค. 2563 พบผู้ป่วย 1,045 ราย", P, [
    { text: "ณ วันที่ 26 มี.ค. 2563", value: "2020-03-26", mod: "ASOF", role: "asof" },
  ]));

test("the ณ at the end of ประมาณ is not an as-of word", () =>
  testCase("th", "คาดว่าจะเสร็จประมาณวันที่ 20 มี.ค.", P, [{ text: "วันที่ 20 มี.ค.", value: "2020-03-20" }]));

test("as of today and as of now", () =>
  testCase("th", "จนถึงวันนี้ มีผู้ป่วย 1,136 ราย และจนถึงขณะนี้ ยังไม่มีผู้เสียชีวิตเพิ่ม ณ ปัจจุบัน", P, [
    { text: "จนถึงวันนี้", value: "2020-03-27", mod: "ASOF", role: "asof" },
    { text: "จนถึงขณะนี้", value: "2020-03-27", mod: "ASOF", role: "asof" },
    { text: "ณ ปัจจุบัน", value: "2020-03-27", mod: "ASOF", role: "asof" },
  ]));

test("ยาวไปจนถึง is until, not as of", () =>
  testCase("th", "ปิดห้างยาวไปจนถึงวันที่ 12 เม.ย.", P, [{ text: "วันที่ 12 เม.ย.", value: "2020-04-12" }]));
