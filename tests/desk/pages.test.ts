/**
 * The document as the desk shows it: its text exactly (the selection script counts offsets on
 * it), marks that overlap, the reading direction, and Thai names kept on one line.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { documentText } from "../../src/desk/pages/document-text.ts";
import { wordsToKeep } from "../../src/site/keep-together.ts";

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("desk: the document text", () => {
  test("the text is exactly the document's, whatever is marked (tags add no text); marks may overlap", () => {
    const text = "On 𝟐𝟗 March <b>&</b> 30 March, experts arrived.\n\nThen more.";
    const at = (part: string) => [...text.slice(0, text.indexOf(part))].length;
    const span = (part: string) => ({ start: at(part), end: at(part) + [...part].length });
    const html = documentText({
      text,
      lang: "en",
      label: "Text",
      source: "s",
      marks: [
        { ...span("𝟐𝟗 March"), className: "date", href: "/d?draft=1", id: "current" },
        { ...span("On 𝟐𝟗 March <b>&</b> 30 March"), className: "passage" },
        { ...span("30 March, experts arrived."), className: "date" },
      ],
    }).value;
    assert.equal(textOf(html), text);
    assert.match(html, /<a class="date passage" id="current" href="\/d\?draft=1">𝟐𝟗 March<\/a>/, "offsets are code points: 𝟐𝟗 counts two");
    assert.equal((html.match(/id="current"/g) ?? []).length, 1);
    assert.match(html, /<mark class="passage"> &lt;b&gt;&amp;&lt;\/b&gt; <\/mark><mark class="passage date">30 March<\/mark><mark class="date">, experts arrived\.<\/mark>/);
  });

  test("Arabic right to left; Thai names the dictionary would cut kept whole, text unchanged", () => {
    assert.match(documentText({ text: "وصلت", lang: "ar", label: "T", source: "s", marks: [] }).value, /lang="ar" dir="rtl"/);
    const thai = "ผู้ป่วยโควิดในอู่ฮั่น";
    const keep = wordsToKeep(["โควิด", "อู่ฮั่น"], "th");
    const html = documentText({ text: thai, lang: "th", label: "T", source: "s", marks: [{ start: 0, end: 7, className: "date" }], keep }).value;
    assert.match(html, /<span class="word">โควิด<\/span>/);
    assert.match(html, /<span class="word">อู่ฮั่น<\/span>/);
    assert.equal(textOf(html), thai);
  });
});
