import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionsIn } from "../helpers.ts";

// Long near-misses for every pattern: each must be scanned in linear-ish time.
const ADVERSARIAL: [string, string][] = [
  ["digits and separators", "1-2, 3 และ 4 ถึง 5 ".repeat(1500)],
  ["day words without months", "วันที่ 1 วันศุกร์ที่ 2 ".repeat(1500)],
  ["month words without days", "ก.พ. มี.ค. เดือน ต้นเดือน ปลาย ".repeat(1500)],
  ["spaces and commas at line starts", `${" ".repeat(40)},`.repeat(800) + "\n".repeat(200)],
  ["a long line with no digits", "ปักกิ่ง ".repeat(4000)],
  ["numbers with dots and slashes", "1.2.3/4/5-6-7 ".repeat(2000)],
  ["years and eras", "ปี พ.ศ. ค.ศ. 25 ".repeat(2000)],
];

for (const [name, input] of ADVERSARIAL) {
  test(`no catastrophic backtracking: ${name}`, async () => {
    const started = performance.now();
    await mentionsIn("th", input, "2020-03-27");
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `${name}: ${Math.round(ms)} ms for ${input.length} characters`);
  });
}
