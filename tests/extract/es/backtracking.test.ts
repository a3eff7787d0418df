import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsIn } from "../helpers.ts";

// Long near-misses for every Spanish pattern: each must be scanned in linear-ish time.
const ADVERSARIAL: [string, string][] = [
  ["day runs without a month", "1, 2 y el 3 al 4 y ".repeat(1500)],
  ["days and 'de' without a month", "1 de 2 de 3 de ".repeat(1500)],
  ["month words without days", "marzo abr. de del mes de ".repeat(1500)],
  ["weekdays and tense words", "pasado jueves próximo lunes este ".repeat(1500)],
  ["part words without months", "a finales de principios de mediados del ".repeat(1000)],
  ["datelines that never close", `${"MADRID DE LA SIERRA, 1 abr ".repeat(200)}\n`.repeat(20)],
  ["numbers with dots and slashes", "1.2.3/4/5-6-7 ".repeat(2000)],
];

for (const [name, input] of ADVERSARIAL) {
  test(`no catastrophic backtracking: ${name}`, async () => {
    const started = performance.now();
    await mentionsIn("es", input, "2020-04-01");
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `${name}: ${Math.round(ms)} ms for ${input.length} characters`);
  });
}
