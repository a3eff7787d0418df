/** Drafts proposed from small documents: date model, evidence, countries, confidence, matches. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { draftId, proposeDrafts, type CuratedEvent } from "../../../src/extract/drafts/propose.ts";
import { eventDateOf } from "../../../src/extract/drafts/event-date.ts";
import { Draft } from "../../../src/extract/drafts/schema.ts";

const EN = [
  "Nav Search",
  "",
  "By Ma Xiaowei Updated: 2020-07-15",
  "",
  "The virus has spread, with 1.6 million confirmed cases worldwide as of April 13. China sent experts to Laos.",
  "",
  "A team of Chinese medical experts visits a hospital in Phnom Penh, Cambodia on March 24, 2020.",
].join("\n");

async function propose(text: string, lang: string, published: string, curated: CuratedEvent[] = [], publication?: string) {
  const { mentions } = extractDates(text, await pickLocale(text, lang), { published });
  const at = publication ? [...text.slice(0, text.indexOf(publication))].length : 0;
  // In document order here (proposeDrafts puts the most confident first: confidence.test.ts).
  const proposal = proposeDrafts({
    source: { id: "doc", lang },
    text,
    mentions,
    reference: "published",
    curated,
    ...(publication ? { publication: { start: at, end: at + [...publication].length, as: "page-date" as const } } : {}),
  });
  return { ...proposal, drafts: proposal.drafts.sort((a, b) => a.mention.index - b.mention.index) };
}

const cp = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

describe("drafts from an English document", () => {
  test("each event or as-of date becomes a draft; the page date does not", async () => {
    const { drafts, recognized } = await propose(EN, "en", "2020-07-15", [], "Updated: 2020-07-15");
    assert.deepEqual(recognized.map((r) => `${r.text} ${r.as}`), ["2020-07-15 page-date"]);
    assert.deepEqual(
      drafts.map((d) => [d.mention.text, d.date]),
      [
        ["as of April 13", { start: "2020-04-13", precision: "day", qualifier: "as-of" }],
        ["March 24, 2020", { start: "2020-03-24", precision: "day" }],
      ],
    );
    for (const d of drafts) assert.ok(Draft.safeParse(d).success, JSON.stringify(Draft.safeParse(d).error?.issues));
  });

  test("the evidence is the sentence holding the date, at its code-point offsets", async () => {
    const { drafts } = await propose(EN, "en", "2020-07-15");
    const d = drafts.find((x) => x.date.start === "2020-03-24")!;
    const sentence = "A team of Chinese medical experts visits a hospital in Phnom Penh, Cambodia on March 24, 2020.";
    assert.deepEqual(d.evidence, { quote: sentence, start: cp(EN, sentence), end: cp(EN, sentence) + sentence.length, lang: "en" });
    assert.deepEqual(d.mention, { text: "March 24, 2020", index: cp(EN, "March 24, 2020") });
    assert.deepEqual(d.stated, ["month", "day", "year"]);
    assert.deepEqual(d.implied, []);
    assert.ok(d.rules.length > 0 && d.rules.every((r) => r.startsWith("en.") || !r.includes(".")), d.rules.join());
    assert.deepEqual(d.countries, ["CN", "KH"]);
    assert.deepEqual(d.places, ["Phnom Penh"]);
    assert.ok(d.confidence >= 0.9, `a full date in a sentence of copy: ${d.confidence}`);
    assert.equal(d.status, "draft");
    assert.equal(d.matches, undefined);
  });

  test("ids are stable: the same source, offset and value give the same id", async () => {
    const a = await propose(EN, "en", "2020-07-15");
    const b = await propose(EN, "en", "2020-07-15");
    assert.deepEqual(a.drafts.map((d) => d.id), b.drafts.map((d) => d.id));
    assert.equal(a.drafts[1]!.id, draftId("doc", cp(EN, "March 24, 2020"), "2020-03-24"));
    assert.match(a.drafts[0]!.id, /^d-[0-9a-f]{10}$/);
    assert.notEqual(draftId("doc", 1, "2020-03-24"), draftId("other", 1, "2020-03-24"));
  });

  test("a draft whose evidence overlaps a curated citation from the same source is marked as matching", async () => {
    const quoteStart = cp(EN, "A team of");
    const curated: CuratedEvent[] = [
      { id: "other-source", date: { start: "2020-03-24", precision: "day" }, citations: [{ source: "elsewhere", start: quoteStart, end: quoteStart + 10 }] },
      { id: "different-date", date: { start: "2020-03-25", precision: "day" }, citations: [{ source: "doc", start: quoteStart, end: quoteStart + 40 }] },
      { id: "same-date", date: { start: "2020-03-24", precision: "day" }, citations: [{ source: "doc", start: quoteStart + 5, end: quoteStart + 20 }] },
    ];
    const { drafts } = await propose(EN, "en", "2020-07-15", curated);
    const d = drafts.find((x) => x.date.start === "2020-03-24")!;
    assert.equal(d.matches, "same-date", "an event with the same date wins over a larger overlap");
    assert.equal(d.matchesDate, true);
    assert.equal(drafts.find((x) => x.date.start === "2020-04-13")!.matches, undefined);
  });
});

describe("drafts in Chinese, Thai and Arabic", () => {
  test("Chinese: the year is implied by the publication date", async () => {
    const text = "　　3月29日，中国抗疫医疗专家组抵达老挝首都万象。专家组同时携带了医疗物资。";
    const { drafts } = await propose(text, "zh-Hans", "2020-03-29");
    assert.equal(drafts.length, 1);
    const d = drafts[0]!;
    assert.deepEqual(d.date, { start: "2020-03-29", precision: "day" });
    assert.equal(d.evidence.quote, "3月29日，中国抗疫医疗专家组抵达老挝首都万象。");
    assert.deepEqual(d.implied, ["year"]);
    assert.deepEqual(d.countries, ["CN", "LA"]);
    assert.deepEqual(d.places, ["Vientiane"]);
    assert.ok(d.confidence >= 0.9, `a date in a sentence of copy, its year implied: ${d.confidence}`);
  });

  test("Chinese: 日前 is before the reference date, 2月底 late in February", async () => {
    const text = "日前，中国和哥斯达黎加举行了首次专家视频连线会议。其中前两批物资已于2月底运抵东京。";
    const { drafts } = await propose(text, "zh-Hans", "2020-03-29");
    assert.deepEqual(drafts.map((d) => d.date), [
      { start: "2020-03-29", precision: "day", qualifier: "before" },
      { start: "2020-02", precision: "month", qualifier: "late" },
    ]);
    assert.deepEqual(drafts[0]!.stated, []);
  });

  test("Thai: the clause the date opens", async () => {
    const text =
      "จีนมองว่า การช่วยประเทศแอฟริกาเพิ่มการป้องกันนั้น มีความสำคัญอย่างยิ่ง วันที่ 18 มีนาคม สถานทูตจีนประจำนามิเบียได้บริจาคชุดน้ำยาตรวจเชื้อไวรัสแก่กระทรวงสาธารณสุขนามิเบีย " +
      "ซึ่งก่อนหน้านี้ ในยามที่จีนประสบความยากลำบากมากที่สุดในการสู้กับโควิด-19 ในประเทศ รัฐบาลจีนได้บริจาคชุดน้ำยาตรวจเชื้อไวรัสแก่ศูนย์ควบคุมโรคระบาดแอฟริกามาแล้ว";
    const { drafts } = await propose(text, "th", "2020-03-29");
    assert.equal(drafts.length, 1);
    const d = drafts[0]!;
    assert.deepEqual(d.date, { start: "2020-03-18", precision: "day" });
    assert.ok(d.evidence.quote.includes("วันที่ 18 มีนาคม สถานทูตจีนประจำนามิเบีย"), d.evidence.quote);
    assert.ok(!d.evidence.quote.includes("ซึ่งก่อนหน้านี้"), d.evidence.quote);
    assert.deepEqual(d.countries, ["CN", "NA"]);
  });

  test("Arabic: evidence keeps its language; countries from a city and a demonym", async () => {
    const text = "وصل فريق طبي صيني إلى بغداد يوم 7 مارس. وقدمت الصين المساعدات.";
    const { drafts } = await propose(text, "ar", "2020-03-29");
    assert.equal(drafts.length, 1);
    assert.deepEqual(drafts[0]!.date, { start: "2020-03-07", precision: "day" });
    assert.equal(drafts[0]!.evidence.quote, "وصل فريق طبي صيني إلى بغداد يوم 7 مارس.");
    assert.equal(drafts[0]!.evidence.lang, "ar");
    assert.deepEqual(drafts[0]!.countries, ["CN", "IQ"]);
  });
});

describe("the event model", () => {
  test("values and modifiers become start, end, precision and qualifier", () => {
    assert.deepEqual(eventDateOf({ value: "2020-03-27/2020-03-28" }), { start: "2020-03-27", end: "2020-03-28", precision: "day" });
    assert.deepEqual(eventDateOf({ value: "2020-02", mod: "START" }), { start: "2020-02", precision: "month", qualifier: "early" });
    assert.deepEqual(eventDateOf({ value: "2020-02", mod: "MID" }), { start: "2020-02", precision: "month", qualifier: "mid" });
    assert.deepEqual(eventDateOf({ value: "2020", mod: "APPROX" }), { start: "2020", precision: "year", qualifier: "approximate" });
    assert.deepEqual(eventDateOf({ value: "2020-03-03", mod: "BEFORE" }), { start: "2020-03-03", precision: "day", qualifier: "before" });
    assert.deepEqual(eventDateOf({ value: "2020-03-03", mod: "ASOF" }), { start: "2020-03-03", precision: "day", qualifier: "as-of" });
    // What the event model cannot say is left out rather than made invalid.
    assert.deepEqual(eventDateOf({ value: "2020", mod: "START" }), { start: "2020", precision: "year" });
    assert.deepEqual(eventDateOf({ value: "2020-03-27/2020-03-28", mod: "ASOF" }), { start: "2020-03-27", end: "2020-03-28", precision: "day" });
    assert.deepEqual(eventDateOf({ value: "2020-02/2020-03-10" }), { start: "2020-02", end: "2020-03", precision: "month" });
  });
});
