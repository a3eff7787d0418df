import assert from "node:assert/strict";
import { test } from "node:test";
import { keepTogether, wordsToKeep } from "../../src/site/keep-together.ts";

const WORDS = ["โควิด-19", "โควิด", "อู่ฮั่น"];

test("words the Thai segmenter would cut are kept: โควิด (COVID) and อู่ฮั่น (Wuhan), not dictionary words or other scripts", () => {
  const kept = wordsToKeep(["โควิด", "อู่ฮั่น", "ประเทศไทย", "ไทย", "Wuhan"]);
  assert.deepEqual(kept, ["อู่ฮั่น", "โควิด"]); // longest first
});

test("each word is wrapped in the page's text, longest first, never in tags, attributes, scripts or the title", () => {
  const html = `<title>โควิด</title><a href="/th/" title="โควิด">ผู้ป่วยโควิด-19 ที่อู่ฮั่น</a><script>"โควิด"</script><p>โควิด</p>`;
  assert.equal(
    keepTogether(html, WORDS),
    `<title>โควิด</title><a href="/th/" title="โควิด">ผู้ป่วย<span class="word">โควิด-19</span> ที่<span class="word">อู่ฮั่น</span></a><script>"โควิด"</script><p><span class="word">โควิด</span></p>`,
  );
  // Raw-text elements in any case, and a tag's name inside one, which does not end it.
  const raw = `<STYLE>/* โควิด */</STYLE><textarea name="q">โควิด <p> โควิด</textarea><script>"</title>โควิด"</script><!-- โควิด --><p>อู่ฮั่น</p>`;
  assert.equal(keepTogether(raw, WORDS), raw.replace("<p>อู่ฮั่น", `<p><span class="word">อู่ฮั่น</span>`));
});

test("a page with Thai only elsewhere (its language menu) is returned as it is", () => {
  const html = `<nav><a href="/th/" lang="th">ไทย</a></nav><main><p>${"COVID-19 in Wuhan. ".repeat(2000)}</p></main>`;
  assert.equal(keepTogether(html, WORDS), html);
});

test("a word found only beside other scripts, far into a long page, is still wrapped", () => {
  const html = `<p>${"x".repeat(50_000)} 19-โควิด-19-x</p>`;
  assert.match(keepTogether(html, WORDS), /19-<span class="word">โควิด-19<\/span>-x/);
});
