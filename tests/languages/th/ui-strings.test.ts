/** Thai interface strings never glue a number to a word ("จาก 5 แหล่ง", not "จาก5 แหล่ง"). */
import assert from "node:assert/strict";
import { test } from "node:test";
import th from "../../../src/languages/th/ui.json" with { type: "json" };

test("Thai strings never glue a number to a word (\"จาก 5 แหล่ง\", not \"จาก5 แหล่ง\")", () => {
  const counts = th.count as Record<string, { other: string }>;
  // Counts ({events}: "5 เหตุการณ์") start with a number; names ({country}, {tag}) are Thai words; anything else may be a number.
  const example = (key: string) => counts[key]?.other.replace("{n}", "5") ?? (["country", "tag"].includes(key) ? "จีน" : "5");
  const glued: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === "object" && value !== null) return Object.entries(value).forEach(([k, v]) => visit(v, `${path}.${k}`));
    const text = String(value).replace(/\{(\w+)\}/g, (_, key: string) => example(key));
    if (/\p{Script=Thai}\d|\d\p{Script=Thai}/u.test(text)) glued.push(`${path}: ${value}`);
  };
  visit(th, "th");
  assert.deepEqual(glued, []);
});
