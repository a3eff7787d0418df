/** dropNonDates: a candidate goes exactly when it overlaps a span a locale marks as not a date. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dropNonDates } from "../../../src/extract/engine/refiners.ts";
import type { Candidate, LocaleData } from "../../../src/extract/engine/types.ts";

const data = (...nonDates: RegExp[]): LocaleData => ({ rangeConnector: /to/, listConnector: /and/, nonDates, asOfBefore: /as of/, futureBefore: /until/ });
const candidate = (index: number, length: number): Candidate => ({ index, text: "x".repeat(length), start: { known: {} }, rules: ["t"] });
/** The definition, one candidate against every span: what the sorted sweep must agree with. */
function naive(candidates: Candidate[], text: string, d: LocaleData): Candidate[] {
  const spans = d.nonDates.flatMap((p) => [...text.matchAll(new RegExp(p.source, `${p.flags}g`))].map((m) => [m.index, m.index + m[0].length]));
  return candidates.filter((c) => !spans.some(([s, e]) => c.index < e! && c.index + c.text.length > s!));
}

describe("dropNonDates", () => {
  test("drops overlapping candidates and keeps those that only touch a span", () => {
    const text = "COVID-19 on 19 March";
    const kept = dropNonDates([candidate(6, 2), candidate(8, 3), candidate(12, 8)], text, data(/COVID-19/));
    assert.deepEqual(kept.map((c) => c.index), [8, 12]);
  });

  test("a long span ending after shorter ones that start later still blocks (nested and unsorted spans)", () => {
    // "aaaaaaaaaa" (0–10) contains "b" (3–4); a candidate at 6–7 lies in the long span only.
    const text = "aaabaaaaaa xyz";
    const kept = dropNonDates([candidate(6, 1), candidate(11, 3)], text, data(/b/, /a+ba+/));
    assert.deepEqual(kept.map((c) => c.index), [11]);
  });

  test("agrees with testing every candidate against every span, on random spans and candidates", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = Array.from({ length: 2000 }, () => "ab c"[random(4)]).join("");
    const patterns = [/ab+/, /c a/, /b{2,}/, /(?=c)/];
    const candidates = Array.from({ length: 500 }, () => candidate(random(1990), 1 + random(9))).sort((a, b) => a.index - b.index);
    const expected = naive(candidates, text, data(...patterns));
    assert.ok(expected.length > 0 && expected.length < candidates.length, "the case should keep some candidates and drop others");
    assert.deepEqual(dropNonDates(candidates, text, data(...patterns)), expected);
  });
});
