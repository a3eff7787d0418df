/**
 * One vocabulary for every locale's tests, after chrono-node's: a fixed reference
 * date in every case, assertions on the matched text, its index and its value.
 */
import assert from "node:assert/strict";
import { extractDates, pickLocale, type Mention } from "../../src/extract/index.ts";

export interface Expected {
  text: string;
  value: string;
  mod?: Mention["mod"];
  role?: Mention["role"];
  /** Code-point index; defaults to the position of `text` in the input. */
  index?: number;
}

export async function mentionsIn(lang: string, input: string, published: string): Promise<Mention[]> {
  return extractDates(input, await pickLocale(input, lang), { published }).mentions;
}

/** The input yields exactly the expected mentions (text, index, value, mod, role). */
export async function testCase(lang: string, input: string, published: string, expected: Expected[]): Promise<void> {
  const found = await mentionsIn(lang, input, published);
  const shape = (m: Expected | Mention) => ({
    text: m.text,
    index: m.index ?? [...input.slice(0, input.indexOf(m.text))].length,
    value: m.value,
    mod: m.mod,
    role: m.role ?? "event",
  });
  assert.deepEqual(found.map(shape), expected.map(shape), `in: ${input}`);
}

/** The input yields no mentions at all. */
export async function testNoDates(lang: string, input: string, published = "2020-03-29"): Promise<void> {
  const found = await mentionsIn(lang, input, published);
  assert.deepEqual(found.map((m) => `${m.text} → ${m.value}`), [], `expected no dates in: ${input}`);
}
