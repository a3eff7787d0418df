/**
 * PDFs printed by Chromium from the article pages: the text layer in reading order, the same
 * paragraphs as the page's article, in all four scripts (Thai vowels and tone marks, Arabic
 * right to left with its ligatures, CJK characters drawn with radical glyphs, Latin ligatures).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { joinLines, unglyph, wordsOf } from "../../../src/ingest/documents/normalize.ts";
import { layoutPages, toLogical, type Piece } from "../../../src/ingest/documents/pdf-layout.ts";
import { markers } from "../../../src/ingest/documents/pdf-marked-content.ts";
import { DocumentError } from "../../../src/ingest/documents/types.ts";
import { paragraphs, read } from "./helpers.ts";

describe("PDF text layer", () => {
  for (const [pdf, html, lang] of [
    ["en-article.pdf", "en-article.html", "en"],
    ["zh-brief.pdf", "zh-brief.html", "zh-Hans"],
    ["ar-article.pdf", "ar-article.html", "ar"],
    ["th-article.pdf", "th-article.html", "th"],
  ] as const) {
    test(`${pdf}: every paragraph of the page's article, verbatim and in order`, async () => {
      const [fromPdf, fromHtml] = await Promise.all([read(pdf), read(html)]);
      const printed = paragraphs(fromPdf.text);
      let at = -1;
      for (const p of paragraphs(fromHtml.text)) {
        const found = printed.indexOf(p, at + 1);
        assert.ok(found > at, `paragraph not found in order in the PDF text:\n${p}\n--- PDF text:\n${fromPdf.text}`);
        at = found;
      }
      assert.doesNotMatch(fromPdf.text, /[\u0000\u2E80-\u2FDF\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFF]/u, "no glyph forms or empty code points");
      assert.deepEqual([fromPdf.lang, fromPdf.langBasis], [lang, "detected"]);
      assert.equal(fromPdf.titleFrom, "the PDF's Title metadata");
      assert.deepEqual(fromPdf.published.map((c) => [c.from, c.weak]), [["PDF CreationDate", true]], "the creation date is weak evidence");
    });
  }

  test("a scan without a text layer is refused: OCR is not done", async () => {
    await assert.rejects(read("scanned.pdf"), (e: DocumentError) => /scanned\.pdf: the PDF has no text layer/.test(e.message) && /OCR is not done/.test(e.message));
  });

  test("a PDF with some scanned pages: its text, and which pages are missing", async () => {
    const doc = await read("part-scanned.pdf");
    assert.match(doc.text, /^Notice of closure\. The northern bypass bridge closes for inspection;/);
    assert.match(doc.warnings.join(), /page 2 has no text layer \(scanned\?\): not included; OCR is not done here/);
    assert.equal(doc.incomplete, "The PDF's page 2 is an image without a text layer (scanned); its text is not in this document.");
  });

  test("an encrypted PDF and a damaged one are refused with what to do", async () => {
    await assert.rejects(read("encrypted.pdf"), /encrypted\.pdf: the PDF is encrypted and needs a password to open\. Open it with the password/);
    await assert.rejects(read("corrupt.pdf"), /corrupt\.pdf: it is not a readable PDF \(.+\)\. The file is damaged or incomplete/);
  });
});

describe("PDF layout", () => {
  const line = (str: string, y: number, x = 50, size = 10): Piece => ({ str, x, y, width: str.length * size * 0.5, size });

  test("line-end hyphens: dropped in a word broken by typesetting, kept in a compound the document uses", () => {
    const lines = ["The flood was a mud-", "filled mess; the mud and water filled", "every recom-", "mendation was late and low-", "lying towns were hit."];
    assert.equal(joinLines(lines, wordsOf(lines)), "The flood was a mud-filled mess; the mud and water filled every recommendation was late and low-lying towns were hit.".replace("low-lying", "lowlying"));
    const elsewhere = [...lines, "The low-lying districts"];
    assert.match(joinLines(lines, wordsOf(elsewhere)), /and low-lying towns/, "the hyphenated form elsewhere keeps the hyphen");
  });

  test("lines join without a space in Chinese and Thai, with one in English", () => {
    assert.equal(joinLines(["全线长96公里，设站6", "座。"], new Set()), "全线长96公里，设站6座。");
    assert.equal(joinLines(["ระดับน้ำในแม่น้ำโขง", "บริเวณอำเภอเชียงแสน"], new Set()), "ระดับน้ำในแม่น้ำโขงบริเวณอำเภอเชียงแสน");
    assert.equal(joinLines(["the river", "fell"], new Set()), "the river fell");
  });

  test("paragraphs by line spacing; a sentence running over a page break is joined; page numbers dropped", () => {
    const page1 = [line("Heading", 800, 50, 20), line("First paragraph line one", 770), line("and line two.", 758), line("Second paragraph runs", 730), line("onto the", 718), line("1", 40)];
    const page2 = [line("next page here.", 800), line("Third paragraph.", 772), line("2", 40)];
    assert.deepEqual(layoutPages([page1, page2]), ["Heading", "First paragraph line one and line two.", "Second paragraph runs onto the next page here.", "Third paragraph."]);
  });

  test("right-to-left lines: pieces reversed, numbers and Latin kept left to right, end punctuation placed", () => {
    // Visual order, left to right, as a PDF draws "في عام 2026." and "مؤتمر (COP 28) اليوم"; a bracket
    // is reported as the character it stands for, though its glyph is mirrored.
    assert.equal(toLogical([".2026", " ", "م", "ا", "ع", " ", "ي", "ف"]), "في عام 2026.");
    assert.equal(toLogical(["م", "و", "ي", "ل", "ا", " ", ")", "COP", " ", "28", "(", " ", "ر", "م", "ت", "ؤ", "م"]), "مؤتمر (COP 28) اليوم");
    assert.equal(toLogical(["Dubai ", "ي", "ب", "د", " today"]), "Dubai دبي today", "an Arabic word inside an English line");
  });

  test("ActualText of marked content, in literal and UTF-16 strings; glyph forms mapped back", () => {
    const content = "BT /Span<</ActualText <FEFF0E2B0E49>>> BDC <0013> Tj EMC /Span <</ActualText (fl)>>BDC <0857> Tj EMC /P <</MCID 3>> BDC EMC /Artifact BMC EMC ET";
    assert.deepEqual(markers(content), [{ tag: "Span", actualText: "ห้" }, { tag: "Span", actualText: "fl" }, { tag: "P" }, { tag: "Artifact" }]);
    assert.equal(unglyph("⽇⻋ ﻻ ﬁ ﺍﻟﺴﻼﻡ"), "日车 لا fi السلام");
  });
});
