import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CodePoints, codePointIndexOf, codePointLength, sliceCodePoints } from "../../src/core/code-points.ts";

// "𠮷" (U+20BB7) is two UTF-16 units and one code point.
const TEXT = "a𠮷b中文𠮷c";

describe("code points", () => {
  test("length, index and slice count code points, not UTF-16 units", () => {
    assert.equal(codePointLength(TEXT), 7);
    assert.equal(codePointIndexOf(TEXT, "b中"), 2);
    assert.equal(codePointIndexOf(TEXT, "x"), undefined);
    assert.equal(sliceCodePoints(TEXT, 1, 3), "𠮷b");
    assert.equal(sliceCodePoints(TEXT, 5), "𠮷c");
  });

  test("both ways over one text, as Array.from counts", () => {
    const cp = new CodePoints(TEXT);
    assert.equal(cp.length, Array.from(TEXT).length);
    for (let i = 0; i <= cp.length; i++) assert.equal(cp.toCodePoint(cp.toUtf16(i)), i);
    assert.equal(cp.toUtf16(2), 3);
    assert.equal(cp.toCodePoint(2), 1, "inside a pair counts as the pair");
    assert.equal(cp.slice(0, 99), TEXT);
  });

  test("lone surrogates count as one code point each", () => {
    const odd = "\ud800x\udc00";
    assert.equal(codePointLength(odd), Array.from(odd).length);
    assert.equal(new CodePoints(odd).slice(1, 2), "x");
  });
});
