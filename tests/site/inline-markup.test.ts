/** Inline Markdown in summaries: links, emphasis and strong become HTML; nothing else does. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import nunjucks from "nunjucks";
import { escapeHtml, escapeText, inlineHtml, inlinePlain } from "../../src/site/inline-markup.ts";

describe("inlineHtml", () => {
  test("renders links, emphasis and strong", () => {
    assert.equal(
      inlineHtml("See [Xinhua](https://www.xinhuanet.com/a?b=1&c=2 \"report\"), *early* and **late**, _u_ and __uu__."),
      'See <a href="https://www.xinhuanet.com/a?b=1&amp;c=2" title="report">Xinhua</a>, <em>early</em> and <strong>late</strong>, <em>u</em> and <strong>uu</strong>.',
    );
    assert.equal(inlineHtml("<https://who.int/x>"), '<a href="https://who.int/x">https://who.int/x</a>');
    assert.equal(inlineHtml("[write](mailto:desk@example.org)"), '<a href="mailto:desk@example.org">write</a>');
  });

  test("links only to http(s) and mailto: javascript:, data: and relative links stay text", () => {
    for (const src of ["[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](java\tscript:alert(1))", "[x](data:text/html,hi)", "[x](/events/a/)", "[x](vbscript:y)", "<javascript:alert(1)>"]) {
      const html = inlineHtml(src);
      assert.ok(!html.includes("<a"), `${src} became a link: ${html}`);
    }
  });

  test("raw HTML, images, entities and code stay literal text", () => {
    assert.equal(inlineHtml('<img src=x onerror="alert(1)"> <b>b</b>'), "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;b&gt;b&lt;/b&gt;");
    assert.equal(inlineHtml("![alt](https://evil.example/x.png)"), '!<a href="https://evil.example/x.png">alt</a>');
    assert.equal(inlineHtml("&amp; &#x3C; `code`"), "&amp;amp; &amp;#x3C; `code`");
    assert.equal(inlineHtml("\\*not emphasis\\*"), "*not emphasis*");
  });

  test("text without Markdown is escaped exactly as Nunjucks escapes it", () => {
    const env = new nunjucks.Environment(null, { autoescape: true });
    for (const text of [`China's "first" team & <partners> arrived, 27–28 March; 100% of 5,000 masks (N95).`, "สถานทูตจีน ณ กรุงเทพฯ", "وصل فريق طبي صيني إلى بغداد", "3月29日，专家组抵达万象。"]) {
      assert.equal(inlineHtml(text), env.renderString("{{ s }}", { s: text }), text);
    }
  });

  test("the minimal flavour escapes only what HTML text needs", () => {
    assert.equal(inlineHtml(`China's "team" & *aid*`, { minimal: true }), `China's "team" &amp; <em>aid</em>`);
    assert.equal(inlineHtml(`[a "b"](https://x.org/?q="1") `, { minimal: true }), '<a href="https://x.org/?q=%221%22">a "b"</a> ');
  });
});

describe("inlinePlain", () => {
  test("drops the markup and keeps link text", () => {
    assert.equal(inlinePlain("See [Xinhua](https://www.xinhuanet.com/) and *early* **late** \\*x\\*."), "See Xinhua and early late *x*.");
    assert.equal(inlinePlain("[x](javascript:alert(1)) <b>"), "[x](javascript:alert(1)) <b>");
    assert.equal(inlinePlain(""), "");
  });
});

test("escapeHtml and escapeText", () => {
  assert.equal(escapeHtml(`a&b<c>"d"'e'`), "a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;");
  assert.equal(escapeText(`a&b<c>"d"'e'`), `a&amp;b&lt;c&gt;"d"'e'`);
});
