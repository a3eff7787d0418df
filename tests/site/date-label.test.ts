/** Date labels say exactly what is known, in every machine time zone. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EventDate } from "../../src/schema/index.ts";
import { dateLabel } from "../../src/site/date-label.ts";

const cases: [EventDate, string][] = [
  [{ start: "2020-03-29", precision: "day" }, "29 March 2020"],
  [{ start: "2020-03-27", end: "2020-03-28", precision: "day" }, "27–28 March 2020"],
  [{ start: "2020-02-03", end: "2020-03-10", precision: "day" }, "3 February – 10 March 2020"],
  [{ start: "2019-12-30", end: "2020-01-02", precision: "day" }, "30 December 2019 – 2 January 2020"],
  [{ start: "2020-02", precision: "month", qualifier: "early" }, "early February 2020"],
  [{ start: "2020-02", precision: "month", qualifier: "mid" }, "mid-February 2020"],
  [{ start: "2020-02", precision: "month", qualifier: "late" }, "late February 2020"],
  [{ start: "2020-02", precision: "month" }, "February 2020"],
  [{ start: "2020", precision: "year" }, "2020"],
  [{ start: "2020-03-29", precision: "day", qualifier: "before" }, "shortly before 29 March 2020"],
  [{ start: "2020-03-25", precision: "day", qualifier: "as-of" }, "as of 25 March 2020"],
  [{ start: "2020-03", precision: "month", qualifier: "approximate" }, "about March 2020"],
];

for (const [date, expected] of cases) {
  test(`${JSON.stringify(date)} → "${expected}"`, () => {
    assert.equal(dateLabel(date).replace(/\u2009/g, " "), expected);
  });
}

test("the label never depends on the machine's time zone", () => {
  const original = process.env.TZ;
  try {
    const labels = ["UTC", "America/Los_Angeles", "Asia/Bangkok", "Pacific/Kiritimati"].map((tz) => {
      process.env.TZ = tz;
      return cases.map(([d]) => dateLabel(d)).join("|");
    });
    assert.equal(new Set(labels).size, 1);
  } finally {
    process.env.TZ = original;
  }
});

const localized: [string, EventDate, string][] = [
  ["zh-Hans", { start: "2020-03-27", end: "2020-03-28", precision: "day" }, "2020年3月27日至28日"],
  ["zh-Hans", { start: "2020-03-27", end: "2020-04-02", precision: "day" }, "2020年3月27日至4月2日"],
  ["zh-Hans", { start: "2020-02", precision: "month", qualifier: "late" }, "2020年2月下旬"],
  ["zh-Hans", { start: "2020-03-25", precision: "day", qualifier: "as-of" }, "截至2020年3月25日"],
  ["ar", { start: "2020-02", precision: "month", qualifier: "early" }, "أوائل فبراير 2020"],
  ["ar", { start: "2020-03-29", precision: "day", qualifier: "before" }, "قُبيل 29 مارس 2020"],
  ["th", { start: "2020-03-29", precision: "day" }, "29 มีนาคม 2563 (ค.ศ. 2020)"],
  ["th", { start: "2020-02", precision: "month", qualifier: "mid" }, "กลางเดือนกุมภาพันธ์ 2563 (ค.ศ. 2020)"],
];

for (const [lang, date, expected] of localized) {
  test(`${lang}: ${JSON.stringify(date)} → "${expected}" (never without its year)`, () => {
    assert.equal(dateLabel(date, lang), expected);
  });
}
