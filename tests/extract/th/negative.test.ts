import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

test("COVID-19 and the 2019 novel coronavirus are not dates", () =>
  testNoDates("th", "การต่อสู้กับโรคติดเชื้อไวรัสโคโรนา 2019 หรือ โควิด-19 และ COVID-19 หรือ โคโรนาไวรัสสายพันธุ์ใหม่ 2019 (nCoV-2019)"));

test("counts with classifiers are not dates", () =>
  testNoDates("th", "จีนส่งคณะแพทย์ 3 ชุด หน้ากาก 250,000 ชิ้น ชุดตรวจ 5,000 ชุด ไปยัง 120 ประเทศ ร้อยละ 96"));

test("clock times alone are not dates", () => testNoDates("th", "เวลา 10.30 น. ถึง 14:00 น. และ 18.00 นาฬิกา"));

test("view counters, phone numbers and money are not dates", () =>
  testNoDates("th", "อ่าน 2,563 ครั้ง | ผู้เข้าชม 12,031 | โทร 02-590-1994 หรือ 1422 | งบ 2,020 ล้านบาท"));

test("2030 Agenda and issue numbers are not dates", () =>
  testNoDates("th", "วาระการพัฒนาที่ยั่งยืน ค.ศ. 2030 (2030 Agenda) และประกาศ ฉบับที่ 8 พ.ศ. 2563 คำสั่งฉบับที่ 3/2563 No. 8, 2020"));

test("the year in a law's title is not a date", () =>
  testNoDates("th", "อาศัยอำนาจตาม พ.ร.บ.โรคติดต่อ พ.ศ. 2558 และพระราชกำหนดการบริหารราชการในสถานการณ์ฉุกเฉิน พ.ศ. 2548"));

test("ก.พ. alone is the Civil Service Commission, not February", () =>
  testNoDates("th", "สำนักงาน ก.พ. และ ก.พ.ร. ออกหนังสือเวียน อ.ก.พ. กระทรวง ส.ค.ส."));

test("ages, durations and numbered days are not dates", () =>
  testNoDates("th", "ชายอายุ 63 ปี กักตัว 14 วัน เป็นวันที่ 5 ติดต่อกัน ใน 7 วันที่ผ่านมา"));

test("a count right after a month is not a two-digit year", () =>
  testCase("th", "ยอดผู้ป่วยเดือนมีนาคม 80 ราย", "2020-03-27", [{ text: "เดือนมีนาคม", value: "2020-03" }]));

test("a month word inside a decimal or a longer number is not a day", () =>
  testNoDates("th", "ดัชนี 1.5 ก.พ.ร. 120.3"));

test("opening hours are not weekdays", () =>
  testNoDates("th", "ติดต่อได้ในวันและเวลาราชการ (วันจันทร์-วันศุกร์ เวลา 08.30-16.30 น.) ยกเว้นวันเสาร์-อาทิตย์"));

test("a Thai abbreviation that starts like a month is not one", () =>
  testCase("th", "มติ 3 ก.พ.ร. และเมื่อ 15 ก.พ. นายกฯ ส่ง 2 ส.ค.ส.", "2020-03-27", [{ text: "15 ก.พ.", value: "2020-02-15" }]));
