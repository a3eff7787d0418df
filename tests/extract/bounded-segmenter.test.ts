/** Intl.Segmenter in bounded windows: the same segments as one pass, offsets into the whole text. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cutPoint, forEachSegment } from "../../src/extract/bounded-segmenter.ts";

function spans(text: string, segmenter: Intl.Segmenter, window?: number): [number, number][] {
  const out: [number, number][] = [];
  forEachSegment(text, segmenter, (start, end) => out.push([start, end]), window);
  return out;
}

function onePass(text: string, segmenter: Intl.Segmenter): [number, number][] {
  return [...segmenter.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
}

const THAI = "วันที่ 18 มีนาคม สถานทูตจีนประจำนามิเบียได้บริจาคชุดน้ำยาตรวจเชื้อไวรัสแก่กระทรวงสาธารณสุขนามิเบีย ";
const CHINESE = "3月29日，中国抗疫医疗专家组抵达老挝首都万象。专家组携带了中方捐赠的医疗物资。";

describe("forEachSegment", () => {
  test("lines shorter than a window: exactly the segments of one pass (words and sentences, four scripts)", () => {
    const text = [THAI, CHINESE, "On March 26, the U.S. and others met. It was held by video.", "وصل فريق طبي صيني إلى بغداد يوم 7 مارس."]
      .join("\n")
      .repeat(40);
    for (const granularity of ["word", "sentence"] as const) {
      for (const lang of ["th", "zh", "en"]) {
        const segmenter = new Intl.Segmenter(lang, { granularity });
        assert.deepEqual(spans(text, segmenter, 600), onePass(text, segmenter), `${granularity} ${lang}`);
      }
    }
  });

  test("a sentence cut inside a long line is joined back: the same sentences as one pass", () => {
    const text = `${THAI.repeat(30)}\n${"Officials met in Geneva on Tuesday and agreed on a plan ".repeat(30)}end.`;
    const segmenter = new Intl.Segmenter("th", { granularity: "sentence" });
    assert.deepEqual(spans(text, segmenter, 500), onePass(text, segmenter));
  });

  test("word boundaries in a long unbroken line are cut at spaces or full stops only", () => {
    const text = (THAI + CHINESE).repeat(20);
    const segmenter = new Intl.Segmenter("th", { granularity: "word" });
    assert.deepEqual(spans(text, segmenter, 700), onePass(text, segmenter));
  });

  test("every offset is into the whole text, segments tile it in order", () => {
    const text = `😷${CHINESE}`.repeat(50);
    const got = spans(text, new Intl.Segmenter("zh", { granularity: "word" }), 64);
    assert.equal(got[0]![0], 0);
    assert.equal(got.at(-1)![1], text.length);
    got.forEach(([s, e], i) => {
      assert.ok(e > s);
      if (i > 0) assert.equal(s, got[i - 1]![1]);
    });
  });
});

describe("cutPoint", () => {
  test("after the last line break in the second half of the window, past its whitespace", () => {
    const text = `${"a".repeat(60)}\n\n${"b".repeat(100)}`;
    assert.deepEqual(cutPoint(text, 0, 100), { to: 62, soft: false });
  });

  test("else after a full stop (not the one in U.S.), else at whitespace (soft)", () => {
    assert.deepEqual(cutPoint(`${"x".repeat(55)}。${"y".repeat(100)}`, 0, 100), { to: 56, soft: false });
    assert.deepEqual(cutPoint(`${"x".repeat(55)}. ${"U.S.".repeat(40)}`, 0, 100), { to: 57, soft: false });
    assert.deepEqual(cutPoint(`${"x".repeat(70)} ${"y".repeat(100)}`, 0, 100), { to: 71, soft: true });
  });

  test("never between the halves of a surrogate pair", () => {
    const text = "😷".repeat(100);
    const { to } = cutPoint(text, 0, 51);
    assert.equal(to % 2, 0);
    assert.equal(cutPoint(text, 0, 1_000).to, text.length);
  });
});
