/**
 * Words for the search index (src/site/search/tokens.ts) in scripts written without spaces: a
 * word the segmenter cuts in two inside a sentence is still found by the word typed alone.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { searchTokens } from "../../src/site/search/tokens.ts";

const found = (query: string, text: string, lang: string) => {
  const words = searchTokens(text, lang);
  return searchTokens(query, lang).every((q) => words.some((w) => w.startsWith(q)));
};

test("Thai: เวชภัณฑ์ typed alone finds the sentence that cuts it in two (เวช|ภัณฑ์)", () => {
  const sentence = "1 มีนาคม 2563 จีนส่งมอบเวชภัณฑ์จำนวน 30 ตันให้แก่ลาว";
  assert.ok(searchTokens(sentence, "th").includes("เวช"), "the segmenter no longer cuts it: choose another example");
  assert.ok(found("เวชภัณฑ์", sentence, "th"));
  assert.ok(found("ลาว", sentence, "th") && !found("กัมพูชา", sentence, "th"));
});

test("neighbours are joined only where the segmenter reads them as one word, and only in unspaced scripts", () => {
  const zh = searchTokens("中国向老挝交付了医疗物资", "zh-Hans");
  assert.ok(!zh.includes("中国向") && !zh.includes("了医疗"), zh.join(" "));
  const en = searchTokens("medical supplies", "en");
  assert.deepEqual(en.sort(), ["medical", "supplies"]);
});
