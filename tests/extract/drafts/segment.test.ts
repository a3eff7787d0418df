/** Sentences and clauses in four scripts, with offsets in code points. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { segment, segmentAt, spacesSeparatePhrases } from "../../../src/extract/drafts/segment.ts";

/** Every segment's text is the document's text at its code-point offsets. */
function assertOffsets(text: string, segments: ReturnType<typeof segment>): void {
  const chars = [...text];
  for (const s of segments) assert.equal(chars.slice(s.start, s.end).join(""), s.text);
}

describe("segment", () => {
  test("English: sentences, whitespace trimmed, abbreviations kept", () => {
    const text = "On March 26, President Xi attended the summit in Beijing.  It was held by video, including the U.S. and others. \n\nMa Xiaowei is Minister.";
    const segments = segment(text, "en");
    assert.deepEqual(
      segments.map((s) => s.text),
      ["On March 26, President Xi attended the summit in Beijing.", "It was held by video, including the U.S. and others.", "Ma Xiaowei is Minister."],
    );
    assertOffsets(text, segments);
  });

  test("Chinese: sentences end at 。, leading ideographic spaces are trimmed", () => {
    const text = "　　3月29日，中国抗疫医疗专家组抵达老挝首都万象。专家组同时携带了中方捐赠的医疗物资。\n　　3月28日晚，物资在乌兰巴托交接。";
    const segments = segment(text, "zh-Hans");
    assert.deepEqual(
      segments.map((s) => s.text),
      ["3月29日，中国抗疫医疗专家组抵达老挝首都万象。", "专家组同时携带了中方捐赠的医疗物资。", "3月28日晚，物资在乌兰巴托交接。"],
    );
    assert.equal(segments[0]!.start, 2);
    assertOffsets(text, segments);
  });

  test("Arabic: sentences; a long sentence is not cut at the spaces between words", () => {
    const long = `عرض قادة وزارة الخارجية الصينية ${"أهم المساعدات والتبادلات الدولية التي قدمتها الصين للعالم، ".repeat(6)}يوم 26 مارس الجاري.`;
    const text = `${long} وصل فريق طبي صيني إلى بغداد يوم 7 مارس.`;
    assert.equal(spacesSeparatePhrases(text), false);
    const segments = segment(text, "ar");
    assert.deepEqual(segments.map((s) => s.text), [long, "وصل فريق طبي صيني إلى بغداد يوم 7 مارس."]);
    assertOffsets(text, segments);
  });

  test("Thai: an unpunctuated paragraph is split at the spaces between clauses", () => {
    const text =
      "การแพร่ระบาดของโควิด-19 อย่างรวดเร็วในแอฟริกา จีนมองว่า การช่วยประเทศแอฟริกาเพิ่มการป้องกันนั้น มีความสำคัญอย่างยิ่ง " +
      "วันที่ 18 มีนาคม สถานทูตจีนประจำนามิเบียได้บริจาคชุดน้ำยาตรวจเชื้อไวรัสแก่กระทรวงสาธารณสุขนามิเบีย " +
      "ซึ่งก่อนหน้านี้ ในยามที่จีนประสบความยากลำบากมากที่สุดในการสู้กับโควิด-19 ในประเทศ " +
      "สถานทูตเกาหลีใต้ติดป้ายข้อความที่เขียนว่า \"ความยากลำบากของจีน คือความยากลำบากของพวกเรา\" แก่ประเทศต่าง ๆ ทั่วโลกด้วยความจริงใจอย่างยิ่ง";
    assert.equal(spacesSeparatePhrases(text), true);
    const date = "วันที่ 18 มีนาคม";
    const at = [...text.slice(0, text.indexOf(date))].length;
    const segments = segment(text, "th", { keepTogether: [[at, at + [...date].length]] });
    assertOffsets(text, segments);
    assert.ok(segments.length >= 4, `expected clauses, got ${segments.length}`);
    // The date stays with the clause it dates, not with the one before.
    const dated = segmentAt(segments, at)!;
    assert.ok(dated.text.includes(`${date} สถานทูตจีนประจำนามิเบีย`), dated.text);
    // Quotations and the repetition mark (ต่าง ๆ) are not cut.
    assert.ok(segments.some((s) => s.text.includes("\"ความยากลำบากของจีน คือความยากลำบากของพวกเรา\"")));
    assert.ok(segments.some((s) => s.text.includes("ต่าง ๆ ทั่วโลก")));
    for (const s of segments.slice(0, -1)) assert.ok([...s.text].length >= 30, `clause too short: ${s.text}`);
  });

  test("Thai: a bullet starts a new segment", () => {
    const text = "ด้วยความพยายามและการเสียสละอย่างมหาศาลของประเทศต่าง ๆ •จีนไม่ลืมความช่วยเหลือจากประชาคมโลกเลยแม้แต่น้อย";
    const segments = segment(text, "th");
    assert.deepEqual(segments.map((s) => s.text), ["ด้วยความพยายามและการเสียสละอย่างมหาศาลของประเทศต่าง ๆ", "จีนไม่ลืมความช่วยเหลือจากประชาคมโลกเลยแม้แต่น้อย"]);
  });

  test("offsets count code points, not UTF-16 units", () => {
    const text = "𠀀𠀁 are rare. 3月29日，𠀂抵达万象。";
    const segments = segment(text, "zh");
    assertOffsets(text, segments);
    const last = segments.at(-1)!;
    assert.equal(last.text, "3月29日，𠀂抵达万象。");
    assert.equal(last.start, [..."𠀀𠀁 are rare. "].length);
  });

  test("a span to keep together is never split", () => {
    const text = "It began on Jan. 3. Then it spread.";
    const start = text.indexOf("Jan. 3");
    const segments = segment(text, "en", { keepTogether: [[start, start + 6]] });
    assert.ok(segmentAt(segments, start)!.text.includes("Jan. 3"));
  });
});
