/** Years, weeks and weekends from the publication date, counted back, postponed months (issue 11). 2020-10-05 is a Monday. */
import { test } from "node:test";
import { testCase, testNoDates } from "../helpers.ts";

const P = "2020-10-05";

test("this, last and next year, with parts", () =>
  testCase("th", "ปีที่แล้ว ยอดส่งออกลดลง ปีนี้ฟื้นตัว และปีหน้าจะโต ต้นปีนี้ ปลายปีที่แล้ว สิ้นปีนี้", P, [
    { text: "ปีที่แล้ว", value: "2019" },
    { text: "ปีนี้", value: "2020" },
    { text: "ปีหน้า", value: "2021" },
    { text: "ต้นปีนี้", value: "2020", mod: "START" },
    { text: "ปลายปีที่แล้ว", value: "2019", mod: "END" },
    { text: "สิ้นปีนี้", value: "2020", mod: "END" },
  ]));

test("counts of years, every year and the year before another are not years", () =>
  testNoDates("th", "ตลอด 3 ปีที่ผ่านมา หลายปีก่อน ทุกปี ปีก่อนหน้า", P));

test("weeks and weekends are calendar ranges", () =>
  testCase("th", "สัปดาห์ที่แล้ว สัปดาห์นี้ สัปดาห์หน้า สุดสัปดาห์ที่ผ่านมา", P, [
    { text: "สัปดาห์ที่แล้ว", value: "2020-09-28/2020-10-04" },
    { text: "สัปดาห์นี้", value: "2020-10-05/2020-10-11" },
    { text: "สัปดาห์หน้า", value: "2020-10-12/2020-10-18" },
    { text: "สุดสัปดาห์ที่ผ่านมา", value: "2020-10-03/2020-10-04" },
  ]));

test("a weekday's week stays the weekday; counts of weeks and habits stay out", async () => {
  await testCase("th", "วันศุกร์สัปดาห์ที่แล้ว", P, [{ text: "วันศุกร์สัปดาห์ที่แล้ว", value: "2020-10-02" }]);
  await testNoDates("th", "ตลอด 2 สัปดาห์ที่ผ่านมา หลายสัปดาห์ก่อน ทุกสุดสัปดาห์", P);
});

test("years, months and days counted back", () =>
  testCase("th", "เมื่อ 3 ปีก่อน สามปีที่แล้ว 2 เดือนก่อน 5 วันก่อน", P, [
    { text: "3 ปีก่อน", value: "2017" },
    { text: "สามปีที่แล้ว", value: "2017" },
    { text: "2 เดือนก่อน", value: "2020-08" },
    { text: "5 วันก่อน", value: "2020-09-30" },
  ]));

test("days before another event are not counted back", () => testNoDates("th", "5 วันก่อนการเลือกตั้ง", P));

test("a postponed month resolves forward", () =>
  testCase("th", "เลื่อนไปเดือนกันยายน", P, [{ text: "เดือนกันยายน", value: "2021-09" }]));

test("the same month of the year before is a comparison, not a date", () =>
  testNoDates("th", "หดตัวร้อยละ 23.17 เมื่อเทียบกับเดือนเดียวกันของปีก่อน และช่วงเดียวกันของปีที่แล้ว", P));
