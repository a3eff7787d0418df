import assert from "node:assert/strict";
import { test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { testCase } from "../helpers.ts";

test("wire datelines are the document's own date", async () => {
  await testCase("en", "GENEVA, Feb. 11 (Reuters) - The WHO named the disease on Tuesday.", "2020-02-11", [
    { text: "Feb. 11", value: "2020-02-11", role: "dateline" },
    { text: "Tuesday", value: "2020-02-11" },
  ]);
  await testCase("en", "BEIJING, April 14 (Xinhua) -- China reported 89 new cases.", "2020-04-14", [
    { text: "April 14", value: "2020-04-14", role: "dateline" },
  ]);
  await testCase("en", "LONDON, 27 March (PA) — The Prime Minister has tested positive.", "2020-03-27", [
    { text: "27 March", value: "2020-03-27", role: "dateline" },
  ]);
  await testCase("en", "NEW YORK, April 2, 2020 /PRNewswire/ -- Harbor & Pine Inc. today gave an update.", "2020-04-02", [
    { text: "April 2, 2020", value: "2020-04-02", role: "dateline" },
    { text: "today", value: "2020-04-02" },
  ]);
});

test("page dates are datelines too", async () => {
  await testCase("en", "By Ma Xiaowei Source: English Edition of Qiushi Journal Updated: 2020-07-15", "2020-07-15", [
    { text: "2020-07-15", value: "2020-07-15", role: "dateline" },
  ]);
  await testCase("en", "Published: March 29, 2020\nViews: 1,024", "2020-03-29", [
    { text: "March 29, 2020", value: "2020-03-29", role: "dateline" },
  ]);
  await testCase("en", "Posted on 14 April 2020\nThe city reopened.", "2020-04-14", [
    { text: "14 April 2020", value: "2020-04-14", role: "dateline" },
  ]);
});

test("without --published the dateline is the reference date", async () => {
  const text = "GENEVA, Feb. 11 (Reuters) - Cases fell on Monday. The emergency was declared on Jan. 30, 2020.";
  const result = extractDates(text, await pickLocale(text, "en"), { fallbackReference: "2000-01-01" });
  assert.deepEqual(result.reference, { date: "2020-02-11", basis: "dateline" });
  assert.deepEqual(result.mentions.map((m) => [m.text, m.value]), [["Feb. 11", "2020-02-11"], ["Monday", "2020-02-10"], ["Jan. 30, 2020", "2020-01-30"]]);
  const page = "Updated: 2020-03-29 10:42\nState health officials opened five sites on Saturday.";
  const fromPage = extractDates(page, await pickLocale(page, "en"), { fallbackReference: "2000-01-01" });
  assert.deepEqual(fromPage.reference, { date: "2020-03-29", basis: "dateline" });
  assert.equal(fromPage.mentions.at(-1)?.value, "2020-03-28");
});

test("a sentence that starts with a place and a date is not a dateline", async () => {
  await testCase("en", "In Wuhan, March 3 was the turning point.", "2020-04-14", [{ text: "March 3", value: "2020-03-03" }]);
  await testCase("en", "The report was published on March 3 by the ministry.", "2020-04-14", [{ text: "March 3", value: "2020-03-03" }]);
});
