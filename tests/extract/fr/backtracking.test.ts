import assert from "node:assert/strict";
import { test } from "node:test";
import { mentionsIn } from "../helpers.ts";

// Long near-misses for every French pattern: each must be scanned in linear-ish time.
const ADVERSARIAL: [string, string][] = [
  ["day runs without a month", "1er, 2 et le 3 au 4 et ".repeat(1500)],
  ["month words without days", "mars avr. mois de début fin mi- ".repeat(1500)],
  ["weekdays and tense words", "jeudi dernier ce lundi prochain ".repeat(1500)],
  ["relative words", "il y a le week-end semaine dernière à ce jour ".repeat(1000)],
  ["datelines that never close", `${"PORT-AU-PRINCE DE LA, 1er avril ".repeat(200)}\n`.repeat(20)],
  ["page chrome without dates", "| Mis à jour le | vues : 1 2 3 ".repeat(1500)],
  ["numbers with dots and slashes", "1.2.3/4/5-6-7 ".repeat(2000)],
];

for (const [name, input] of ADVERSARIAL) {
  test(`no catastrophic backtracking: ${name}`, async () => {
    const started = performance.now();
    await mentionsIn("fr", input, "2020-04-01");
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `${name}: ${Math.round(ms)} ms for ${input.length} characters`);
  });
}
