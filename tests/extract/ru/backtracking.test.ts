import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsIn } from "../helpers.ts";

// Long near-misses for every Russian pattern: each must be scanned in linear-ish time.
const ADVERSARIAL: [string, string][] = [
  ["day runs without a month", "1, 2 и 3 по 4 - ".repeat(1500)],
  ["month words without days", "марта апр. в марте конце начала ".repeat(1500)],
  ["years without year words", "2019 2020 по 2021 - ".repeat(1500)],
  ["weekdays and tense words", "в прошлую пятницу следующий эту ".repeat(1500)],
  ["relative words", "по состоянию на выходные неделе назад ".repeat(1000)],
  ["datelines that never close", `${"НУР-СУЛТАН ПЕКИН, 1 апреля ".repeat(200)}\n`.repeat(20)],
  ["numbers with dots and slashes", "1.2.3/4/5-6-7 ".repeat(2000)],
];

for (const [name, input] of ADVERSARIAL) {
  test(`no catastrophic backtracking: ${name}`, async () => {
    const started = performance.now();
    await mentionsIn("ru", input, "2020-04-01");
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `${name}: ${Math.round(ms)} ms for ${input.length} characters`);
  });
}
