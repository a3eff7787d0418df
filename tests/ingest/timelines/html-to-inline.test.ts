/** TimelineJS HTML → inline Markdown and plain text: links and emphasis kept, everything active removed. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import MarkdownIt from "markdown-it";
import { htmlToInline, htmlToPlain, shorten } from "../../../src/ingest/timelines/html-to-inline.ts";
import { EXPORT_SOURCES_CLASS as EXPORT_SOURCES } from "../../../src/core/timelinejs-format.ts";

// The inline Markdown summaries allow: links, emphasis, backslash escapes; no raw HTML.
const md = new MarkdownIt("zero", { html: false }).enable(["link", "autolink", "emphasis", "escape"]);
md.validateLink = (url) => /^(?:https?:\/\/|mailto:)/i.test(url);

describe("htmlToInline", () => {
  test("links (http, https, mailto), emphasis and strong become Markdown; paragraphs run together", () => {
    const r = htmlToInline('<p>See <a href="https://example.org/a">the report</a> or <a href="mailto:desk@example.org">write</a>.</p><p>It was <em>very</em> <b>late</b>.<br>Next <i>line</i>.</p>');
    assert.equal(r.markdown, "See [the report](https://example.org/a) or [write](mailto:desk@example.org). It was *very* **late**. Next *line*.");
    assert.equal(r.plain, "See the report or write. It was very late. Next line.");
    assert.equal(r.links, 2);
    assert.deepEqual(r.notes, []);
  });

  test("script, style, iframe and their content go; event attributes and images are reported", () => {
    const r = htmlToInline('<p onclick="steal()">A<script>alert(1)</script> <img src=x onerror="alert(2)">B<style>p{}</style><iframe src="https://evil.example"></iframe> <object data="x">o</object>C</p>');
    assert.equal(r.markdown, "A B C");
    for (const note of ["onclick attribute removed", "onerror attribute removed", "<script> removed", "<style> removed", "<iframe> removed", "<img> removed", "<object> removed"]) {
      assert.ok(r.notes.includes(note), `${note} in ${r.notes.join("; ")}`);
    }
    const html = md.renderInline(r.markdown);
    assert.doesNotMatch(html, /<script|onerror|onclick|iframe|alert/);
  });

  test("links to other schemes or relative paths keep only their text, and say so", () => {
    const r = htmlToInline('<a href="javascript:alert(1)">bad</a>, <a href="/relative">rel</a>, <a href="data:text/html,x">data</a>, <a>none</a>');
    assert.equal(r.markdown, "bad, rel, data, none");
    assert.equal(r.notes.length, 3);
    assert.match(r.notes[0]!, /link to "javascript:alert\(1\)" kept as text only/);
  });

  test("Markdown characters in the text are escaped so they show as written", () => {
    const r = htmlToInline("<p>5 * 3 = 15, snake_case, [brackets], back\\slash, `tick` and <b>*bold*</b> &lt;https://x.org&gt;</p>");
    assert.equal(r.markdown, "5 \\* 3 = 15, snake\\_case, \\[brackets\\], back\\\\slash, \\`tick\\` and **\\*bold\\*** \\<https://x.org>");
    assert.equal(md.renderInline(r.markdown), "5 * 3 = 15, snake_case, [brackets], back\\slash, `tick` and <strong>*bold*</strong> &lt;https://x.org&gt;");
  });

  test("spaces sit outside emphasis and links; nested and repeated marks stay valid", () => {
    assert.equal(htmlToInline("a<em> b </em>c").markdown, "a *b* c");
    assert.equal(htmlToInline("<em>x</em><em>y</em>").markdown, "*xy*");
    assert.equal(htmlToInline("<em>a <em>b</em></em>").markdown, "*a b*");
    assert.equal(htmlToInline('<strong>see <a href="https://e.org/x y(1)">this <em>one</em></a></strong>').markdown, "**see [this *one*](https://e.org/x%20y%281%29)**");
  });

  test("HTML → Markdown → HTML → Markdown is stable (a round trip through an export keeps summaries)", () => {
    for (const html of [
      '<p>The <a href="https://e.org/a_b">A_B report</a> says *not* <em>that</em> and <strong>this</strong>.</p>',
      "<p>Plain [text] with_underscores and 2*3.</p><blockquote>Quoted</blockquote>",
    ]) {
      const once = htmlToInline(html).markdown;
      assert.equal(htmlToInline(md.renderInline(once)).markdown, once);
    }
  });

  test("a Datelines export's sources line is left out", () => {
    const r = htmlToInline(`<p>Summary.</p><p class="${EXPORT_SOURCES}">Source: <a href="https://site.example/sources/x/">X</a></p>`);
    assert.equal(r.markdown, "Summary.");
    assert.match(r.notes[0]!, /sources a Datelines export adds/);
  });

  test("control and bidi-override characters are removed and reported", () => {
    const r = htmlToInline("a\u202Eb\u0007c");
    assert.equal(r.markdown, "abc");
    assert.deepEqual(r.notes, ["control or bidi-override characters removed"]);
  });

  test("a long text is cut at a sentence end within the limit, with its markup closed", () => {
    const html = Array.from({ length: 60 }, (_, i) => `<p>Sentence ${i} has <em>emphasis</em> and <a href="https://e.org/${i}">a link</a>.</p>`).join("");
    const r = htmlToInline(html, 2000);
    assert.ok(r.shortened);
    assert.ok(r.markdown.length <= 2000, `${r.markdown.length}`);
    assert.match(r.markdown, /\[a link\]\(https:\/\/e\.org\/\d+\)\.$/);
    assert.equal(htmlToInline(md.renderInline(r.markdown)).markdown, r.markdown, "the cut Markdown is well formed");
    const words = htmlToInline("word ".repeat(1000), 100);
    assert.match(words.markdown, /^word( word)*…$/);
    assert.ok(words.markdown.length <= 100);
  });
});

describe("htmlToPlain and shorten", () => {
  test("headlines become plain text, markup named in the notes", () => {
    const r = htmlToPlain('<b>Bold</b> <script>alert(1)</script>headline <a href="https://e.org">link</a>');
    assert.equal(r.text, "Bold headline link");
    assert.deepEqual(r.notes, ["<b> removed (plain text only)", "<script> removed", "link to https://e.org removed (plain text only)"]);
    assert.equal(htmlToPlain("R&amp;amp;D").text, "R&amp;D");
  });

  test("shorten cuts at a sentence end, else a word end with an ellipsis", () => {
    assert.equal(shorten("One two. Three four five six.", 12), "One two.");
    assert.equal(shorten("abcdefghij klmnop", 12), "abcdefghij…");
    assert.equal(shorten("short", 12), "short");
  });
});
