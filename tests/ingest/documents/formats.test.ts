/** Word, Markdown and plain text; the language; refusals that name the file and the fix. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { readSourceFile } from "../../../src/ingest/documents/index.ts";
import { canonicalLang, detectLang } from "../../../src/ingest/documents/language.ts";
import { normalizeText } from "../../../src/ingest/documents/normalize.ts";
import { paragraphs, read } from "./helpers.ts";
import { tempFolder } from "../../support/temp.ts";

const temp = tempFolder("readers");
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(temp, name);
  writeFileSync(path, bytes);
  return path;
};

describe("Word documents", () => {
  test("English: title style, paragraphs, list items and table rows; the file's created date is weak", async () => {
    const doc = await read("en-statement.docx");
    const text = paragraphs(doc.text);
    assert.equal(doc.title, "Fisheries council extends Lake Victoria breeding-season ban");
    assert.equal(doc.titleFrom, undefined, "the Title style is the document's own title");
    assert.equal(text[1], "KISUMU, Kenya, Sept. 12 — The East African Fisheries Council on Tuesday extended the seasonal ban on fishing for Nile perch in the breeding grounds of Lake Victoria by six weeks, to November 30.");
    assert.ok(text.includes("“We know this is hard for fishing families,” said the council’s chair, Dr. Moses Kiggundu. “But if we reopen too early, there will be nothing to catch next year.”"), "runs of one paragraph are one text");
    assert.ok(text.includes("October 15: the original end of the ban"));
    assert.ok(text.includes("Kenya\t5,210"), "a table row is one paragraph, its cells tab-separated");
    assert.deepEqual(doc.published, [{ date: "2023-09-12", from: "DOCX created", evidence: "dcterms:created=2023-09-12T07:41:00Z", weak: true }]);
    assert.equal(doc.lang, "en");
  });

  test("Arabic, right to left", async () => {
    const doc = await read("ar-statement.docx");
    assert.equal(doc.lang, "ar");
    assert.equal(paragraphs(doc.text)[1], "تاريخ النشر: 20 سبتمبر 2023");
    assert.match(doc.text, /أطلقت وزارة التغير المناخي والبيئة اليوم الأربعاء حملة وطنية لزراعة مليون شجرة قرم/);
  });

  test("a damaged .docx, and a Word 97–2003 or password-protected file named .docx", async () => {
    await assert.rejects(read("corrupt.docx"), /corrupt\.docx: it is not a readable \.docx \(.+\)\. The file is damaged or incomplete/);
    const ole = file("old.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await assert.rejects(readSourceFile(ole), /old\.docx: it is not a \.docx .*Word 97–2003 \.doc, or a password-protected \.docx\. Open it in Word or LibreOffice and save it as \.docx/);
  });
});

describe("Markdown and text", () => {
  test("Markdown: the text without markup; the front matter's title, author, language and date", async () => {
    const doc = await read("zh-library.md");
    assert.deepEqual([doc.title, doc.author, doc.lang, doc.langBasis], ["成都城市图书馆新馆开放首日接待读者逾两万人次", "李明远", "zh-Hans", "declared"]);
    assert.deepEqual(doc.published, [{ date: "2024-05-02", from: "front matter date", evidence: "date: 2024-05-02" }]);
    assert.doesNotMatch(doc.text, /\*\*|^#|\]\(|^>|^- |!\[|---|title:/m);
    assert.match(doc.text, /新馆5月1日正式开放/, "emphasis is dropped, its words kept");
    assert.match(doc.text, /新馆于2021年3月开工/, "a link keeps its words");
    assert.ok(paragraphs(doc.text).includes("5月3日下午，古籍修复师现场演示传统装帧技艺；"), "each list item is a paragraph");
  });

  test("text: paragraphs and the first line as the title, for the editor to confirm", async () => {
    const doc = await read("th-mekong.txt");
    assert.deepEqual([doc.title, doc.titleFrom, doc.lang], ["แม่น้ำโขงที่เชียงแสนลดต่ำสุดในรอบ 5 ปี เรือสินค้าต้องหยุดวิ่ง", "the first line", "th"]);
    assert.equal(paragraphs(doc.text).length, 5, "the title line and four paragraphs");
    assert.equal(normalizeText("a\r\nb\r\n\r\n\r\n  c  d\u00a0e\u200b\n"), "a\nb\n\nc d e\n", "line ends, blank lines, spaces and invisible characters");
  });

  test("text in a legacy encoding names the encoding and the command", async () => {
    await assert.rejects(read("zh-gb18030.txt"), /zh-gb18030\.txt: it is not UTF-8 text \(byte 0xB1 at line 1, column 1\); it looks like GB18030: convert it with `iconv -f GB18030 -t UTF-8 /);
    await assert.rejects(read("es-latin1.txt"), /es-latin1\.txt: it is not UTF-8 text .*it looks like WINDOWS-1252/);
    await assert.rejects(readSourceFile(file("utf16.txt", Buffer.from("\ufeffhello", "utf16le"))), /utf16\.txt: it is UTF-16LE text, not UTF-8/);
  });

  test("empty results, unsupported formats and missing files", async () => {
    await assert.rejects(readSourceFile(file("empty.txt", "")), /empty\.txt: the file is empty/);
    await assert.rejects(readSourceFile(file("blank.md", "---\ntitle: x\n---\n\n   \n")), /blank\.md: the file contains no text/);
    await assert.rejects(readSourceFile(file("notes.rtf", "{\\rtf1 x}")), /notes\.rtf: \.rtf files are not read\. Open it in Word or LibreOffice and save it as \.docx/);
    await assert.rejects(readSourceFile(file("photo.jpg", "x")), /OCR is not done here/);
    await assert.rejects(readSourceFile(join(temp, "nowhere.pdf")), /nowhere\.pdf: no such file/);
  });
});

describe("language", () => {
  test("declared tags in the data's form", () => {
    assert.deepEqual(["en-GB", "en_US", "zh-CN", "zh_TW", "zh-Hant-HK", "ar-AE", "th-TH", "", "not a tag"].map(canonicalLang), ["en", "en", "zh-Hans", "zh-Hant", "zh-Hant", "ar", "th", undefined, undefined]);
  });

  test("detected from the text: script first, then a trigram detector", () => {
    const detected = (text: string) => detectLang(text).lang;
    assert.equal(detected("The provincial government said on Monday that it would release emergency aid."), "en");
    assert.equal(detected("وقالت الهيئة في بيان إن المرحلة الأولى تنتج 120 مليون غالون من المياه يوميا"), "ar");
    assert.equal(detected("ผู้ว่าราชการจังหวัดเชียงใหม่ได้ลงนามในประกาศห้ามเผาในที่โล่งทุกชนิด"), "th");
    assert.equal(detected("这标志着大桥建设进入桥面系施工和轨道铺设阶段。"), "zh-Hans");
    assert.equal(detected("這標誌著大橋建設進入橋面系施工和軌道鋪設階段。"), "zh-Hant");
    assert.equal(detected("La Métropole de Lyon a inauguré mardi la nouvelle ligne de tramway."), "fr");
    assert.equal(detected("12 34"), undefined);
  });
});
