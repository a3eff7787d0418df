/** Datelines and page dates (role "dateline"), and the dateline as the publication date. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { testCase } from "../helpers.ts";

const P = "2020-04-06";

test("Xinhua dateline: place, date with year, agency", () =>
  testCase("ar", "القاهرة 5 أبريل 2020 (شينخوا) أعلنت وزارة الصحة", P, [{ text: "5 أبريل 2020", value: "2020-04-05", role: "dateline" }]));

test("Reuters-style dateline with a paired month name and no year", () =>
  testCase("ar", "بيروت، 22 آذار/مارس (رويترز) - قررت الحكومة", P, [{ text: "22 آذار/مارس", value: "2020-03-22", role: "dateline" }]));

test("WAM dateline with في and slashes", () =>
  testCase("ar", "أبوظبي في 15 يوليو / وام / أعلن المركز", "2020-07-16", [{ text: "15 يوليو", value: "2020-07-15", role: "dateline" }]));

test("KUNA numeric dateline (day - month)", () =>
  testCase("ar", "الكويت - 26 - 3 (كونا) -- أعلنت الوزارة", P, [{ text: "26 - 3", value: "2020-03-26", role: "dateline" }]));

test("SPA dateline: Hijri date, then the Gregorian one after الموافق", () =>
  testCase("ar", "الرياض 21 رجب 1441 هـ الموافق 16 مارس 2020 م واس\nأصدر الملك أمرا", P, [
    { text: "16 مارس 2020", value: "2020-03-16", role: "dateline" },
  ]));

test("page dates: publication and update labels (the label is not part of the mention)", () =>
  testCase("ar", "تاريخ النشر: الأربعاء، 15 يوليو 2020 - 10:30 ص\nآخر تحديث: 2020-07-15\nعدد المشاهدات: 2020", "2020-07-20", [
    { text: "الأربعاء، 15 يوليو 2020", value: "2020-07-15", role: "dateline" },
    { text: "2020-07-15", value: "2020-07-15", role: "dateline" },
  ]));

test("a publishing verb in body text is not a page date", () =>
  testCase("ar", "وقال إن الصحيفة نشر في 26 مارس تقريرا", P, [{ text: "26 مارس", value: "2020-03-26" }]));

test("a line starting with a weekday is not a dateline", () =>
  testCase("ar", "الخميس 26 مارس - عقد المجلس جلسته", P, [{ text: "الخميس 26 مارس", value: "2020-03-26" }]));

test("without a publication date the dateline is the reference", async () => {
  const text = "القاهرة 5 أبريل 2020 (شينخوا) أعلنت الوزارة اليوم (الأحد) أن الاجتماع عقد أمس.";
  const result = extractDates(text, await pickLocale(text, "ar"));
  assert.deepEqual(result.reference, { date: "2020-04-05", basis: "dateline" });
  assert.deepEqual(result.mentions.map((m) => [m.text, m.value]), [
    ["5 أبريل 2020", "2020-04-05"],
    ["اليوم (الأحد)", "2020-04-05"],
    ["أمس", "2020-04-04"],
  ]);
});

test("a dateline without a year takes the latest year the text states", async () => {
  const text = "بيروت، 22 آذار/مارس (رويترز) - قال الوزير إن خطة عام 2020 تأخرت منذ 15 آذار.";
  const result = extractDates(text, await pickLocale(text, "ar"));
  assert.deepEqual(result.reference, { date: "2020-03-22", basis: "dateline" });
  assert.equal(result.mentions.at(-1)?.value, "2020-03-15");
});

test("Arabic text is detected as ar", async () => {
  assert.equal((await pickLocale("أعلنت وزارة الصحة اليوم (الخميس) تسجيل حالات جديدة")).tag, "ar");
});
