import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { testCase } from "../helpers.ts";

const P = "2020-03-27";

test("a wire dateline with an agency", () =>
  testCase("th", "เจนีวา 11 ก.พ. (รอยเตอร์) - องค์การอนามัยโลกประชุมฉุกเฉิน", P, [
    { text: "11 ก.พ.", value: "2020-02-11", role: "dateline" },
  ]));

test("a Xinhua-style dateline with a comma and a double dash", () =>
  testCase("th", "ปักกิ่ง, 5 มี.ค. (ซินหัว) -- คณะกรรมการสุขภาพแห่งชาติจีนรายงานว่า", P, [
    { text: "5 มี.ค.", value: "2020-03-05", role: "dateline" },
  ]));

test("a dateline with a Buddhist-Era year after a headline line", () =>
  testCase("th", "ครม.เห็นชอบมาตรการเยียวยา\nกรุงเทพฯ 24 มี.ค. 63 – ที่ประชุมคณะรัฐมนตรีมีมติ", P, [
    { text: "24 มี.ค. 63", value: "2020-03-24", role: "dateline" },
  ]));

test("a place name with a space", () =>
  testCase("th", "วอชิงตัน ดี.ซี. 20 มี.ค. (เอพี) - ประธานาธิบดีสหรัฐฯ", P, [
    { text: "20 มี.ค.", value: "2020-03-20", role: "dateline" },
  ]));

test("the dateline is the reference date when no publication date is given", async () => {
  const text = "เจนีวา 11 ก.พ. (รอยเตอร์) - องค์การอนามัยโลกตั้งชื่อโรคใหม่เมื่อวานนี้ ในปี 2563";
  const result = extractDates(text, await pickLocale(text, "th"), { fallbackReference: "2021-06-01" });
  assert.deepEqual(result.reference, { date: "2020-02-11", basis: "dateline" });
  assert.deepEqual(result.mentions.map((m) => [m.text, m.value]), [
    ["11 ก.พ.", "2020-02-11"],
    ["เมื่อวานนี้", "2020-02-10"],
    ["ปี 2563", "2020"],
  ]);
});

test("a date in running text is not a dateline", () =>
  testCase("th", "นายกฯ กล่าวว่า 11 ก.พ. เป็นวันสำคัญ", P, [{ text: "11 ก.พ.", value: "2020-02-11" }]));

test("page dates with their label", () =>
  testCase("th", "อัปเดต: 2020-07-15 10:32 น. | เผยแพร่ 27 มี.ค. 2563 | ปรับปรุงล่าสุด 28/03/2563", "2020-07-20", [
    { text: "2020-07-15", value: "2020-07-15", role: "dateline" },
    { text: "27 มี.ค. 2563", value: "2020-03-27", role: "dateline" },
    { text: "28/03/2563", value: "2020-03-28", role: "dateline" },
  ]));
