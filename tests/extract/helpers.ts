/**
 * One vocabulary for every locale's tests, after chrono-node's: a fixed reference
 * date in every case, assertions on the matched text, its index and its value.
 */
import assert from "node:assert/strict";
import { extractDates, pickLocale, type ExtractOptions, type Mention } from "../../src/extract/index.ts";

export interface Expected {
  text: string;
  value: string;
  mod?: Mention["mod"];
  role?: Mention["role"];
  /** Code-point index; defaults to the position of `text` in the input. */
  index?: number;
}

/** Extra options for a case, e.g. `{ vague: true }` to read vague past words. */
export type CaseOptions = Omit<ExtractOptions, "published">;

export async function mentionsIn(lang: string, input: string, published: string, options: CaseOptions = {}): Promise<Mention[]> {
  return extractDates(input, await pickLocale(input, lang), { ...options, published }).mentions;
}

/** The input yields exactly the expected mentions (text, index, value, mod, role). */
export async function testCase(lang: string, input: string, published: string, expected: Expected[], options: CaseOptions = {}): Promise<void> {
  const found = await mentionsIn(lang, input, published, options);
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
export async function testNoDates(lang: string, input: string, published = "2020-03-29", options: CaseOptions = {}): Promise<void> {
  const found = await mentionsIn(lang, input, published, options);
  assert.deepEqual(found.map((m) => `${m.text} → ${m.value}`), [], `expected no dates in: ${input}`);
}
