/**
 * Share images: real glyphs in every script of the site (no boxes), Arabic shaped and right to
 * left, lines kept inside the margins, the content-hash cache, and the site.json switch.
 * Renders a dozen small images; the full build's images are checked in share-meta.test.ts.
 */
import { Resvg } from "@resvg/resvg-js";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CARD_HEIGHT, CARD_WIDTH, shareCardSvg, type ShareCard } from "../../src/site/share/share-card-svg.ts";
import { fontsFor } from "../../src/site/share/share-fonts.ts";
import { planShareImages, shareImageFor, writeShareImages } from "../../src/site/share/share-images.ts";
import type { EventView, Timeline } from "../../src/site/views.ts";
import { tempFolder } from "../support/temp.ts";

function pixels(svg: string, fontFiles: string[]): { data: Buffer; width: number } {
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans" } }).render();
  return { data: image.pixels, width: image.width };
}

const CELL = 80;

/** Each character drawn alone in a cell (a mark on ก), and a cell for U+E000, which no font has: a missing glyph. */
function glyphCells(text: string, lang: string, fontFiles: string[], family: string) {
  const chars = [...new Set(text.replace(/\s/g, ""))];
  const shown = chars.map((c) => (/\p{M}/u.test(c) ? `ก${c}` : c));
  const items = ["\ue000", "ก", ...shown];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${items.length * CELL}" height="${CELL}"><g font-family="${family}" font-size="48">${items
    .map((t, i) => `<text x="${i * CELL + 12}" y="60">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</text>`)
    .join("")}</g></svg>`;
  const { data, width } = pixels(svg, fontFiles);
  const cell = (i: number) => {
    const rows: Buffer[] = [];
    for (let y = 0; y < CELL; y++) rows.push(data.subarray((y * width + i * CELL) * 4, (y * width + (i + 1) * CELL) * 4));
    return Buffer.concat(rows);
  };
  const differing = (a: Buffer, b: Buffer) => {
    let n = 0;
    for (let i = 3; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 64) n++;
    return n;
  };
  const missing = cell(0);
  const base = cell(1);
  return chars.map((c, i) => {
    const own = cell(i + 2);
    // A mark must add ink to its base letter; any other character must not be drawn as the missing glyph (or not at all).
    const ink = /\p{M}/u.test(c) ? differing(own, base) : Math.min(differing(own, missing), differing(own, Buffer.alloc(own.length)));
    return { char: c, code: c.codePointAt(0)!.toString(16), ink };
  });
}

const SAMPLES = [
  { lang: "en", text: "Serbia's Vučić welcomes experts — 21 March 2020 (WHO)" },
  { lang: "zh-Hans", text: "中国医疗专家组抵达塞尔维亚，武契奇总统迎接（朱镕基）2020年3月21日星期六" },
  { lang: "th", text: "คณะผู้เชี่ยวชาญทางการแพทย์จีนเดินทางถึงนครหลวงเวียงจันทน์ โควิด-19 วันเสาร์ที่ ๒๑ มีนาคม ๒๕๖๓ (ค.ศ. 2020)" },
  { lang: "ar", text: "الصين ترسل فريقا من الخبراء الطبيين إلى صربيا، كوفيد-19 السبت ٢١ مارس ٢٠٢٠ إنّ" },
];

for (const { lang, text } of SAMPLES) {
  test(`${lang}: every character of a card is drawn with a real glyph by the shipped fonts`, () => {
    const fonts = fontsFor(text, lang);
    const blank = glyphCells(text, lang, fonts.files, fonts.family).filter((g) => g.ink < 20);
    assert.deepEqual(blank, [], "characters drawn as a missing glyph, or not at all");
  });
}

test("the glyph check fails without the script's font (it would catch boxes)", () => {
  const latinOnly = fontsFor("Latin", "en");
  const cells = glyphCells("中国检测", "zh-Hans", latinOnly.files, latinOnly.family);
  assert.ok(cells.every((g) => g.ink < 20), "Chinese drawn by Latin-only fonts should show as missing");
});

test("Arabic is shaped (joined letters) and laid out right to left", () => {
  const fonts = fontsFor("ب", "ar");
  const width = (t: string) =>
    new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="200"><text x="20" y="120" font-family="${fonts.family}" font-size="80">${t}</text></svg>`, {
      font: { fontFiles: fonts.files, loadSystemFonts: false },
    }).getBBox()!.width;
  assert.ok(width("ببب") < 2.5 * width("ب"), "three joined beh are narrower than three isolated ones");

  // The same card with and without a Latin word after the Arabic one: read right to left, the
  // Arabic word stays at the right margin, so the right-hand part of both images is the same.
  const card = (headline: string): ShareCard => ({ lang: "ar", dir: "rtl", headline, footer: "example.org" });
  const render = (headline: string) => {
    const { svg, fonts: f } = shareCardSvg(card(headline));
    return pixels(svg, f.files);
  };
  const alone = render("الصين");
  const withLatin = render("الصين WHO");
  // The columns the Arabic word alone covers (from its leftmost ink to the right edge).
  let left = CARD_WIDTH;
  for (let y = 100; y < 500; y++) for (let x = 0; x < CARD_WIDTH; x++) if (alone.data[(y * alone.width + x) * 4]! < 100) left = Math.min(left, x);
  assert.ok(left > 800 && left < 1100, `the headline is drawn at the right margin (leftmost ink at x = ${left})`);
  const right = (p: { data: Buffer; width: number }) => {
    const rows: Buffer[] = [];
    for (let y = 100; y < 500; y++) rows.push(p.data.subarray((y * p.width + left) * 4, (y * p.width + CARD_WIDTH) * 4));
    return Buffer.concat(rows);
  };
  assert.ok(right(alone).equals(right(withLatin)), "the Arabic word stays at the right, the Latin one goes to its left");
});

const LONG: ShareCard[] = [
  { lang: "en", dir: "ltr", kicker: "Datelines: a long site title that goes on and on about cooperation", label: "Saturday, 21 March 2020", headline: "China sends medical experts, ventilators and test kits to Serbia as President Vučić welcomes the team at Belgrade airport and kisses the flag", footer: "datelines.example.org" },
  { lang: "zh-Hans", dir: "ltr", kicker: "Datelines：2020年初中国的国际抗疫合作", label: "2020年3月21日星期六", headline: "中国医疗专家组携带呼吸机和检测试剂抵达塞尔维亚，武契奇总统在贝尔格莱德机场迎接并亲吻中国国旗，感谢中国人民的无私援助和兄弟情谊，并表示塞尔维亚将永远铭记中国在最困难时刻给予的帮助与支持，两国将继续在疫苗研发、检测和救治等领域深化合作，共同维护地区和世界的公共卫生安全", footer: "datelines.example.org" },
  { lang: "th", dir: "ltr", kicker: "Datelines: ความร่วมมือระหว่างประเทศของจีนต่อสู้โควิด-19 ต้นปี 2563", label: "วันเสาร์ที่ 21 มีนาคม 2563", headline: "จีนส่งทีมผู้เชี่ยวชาญทางการแพทย์พร้อมเครื่องช่วยหายใจและชุดตรวจโควิด-19 ไปยังเซอร์เบีย ประธานาธิบดีวูชิชให้การต้อนรับที่สนามบินเบลเกรดและจูบธงชาติจีน", footer: "datelines.example.org" },
  { lang: "ar", dir: "rtl", kicker: "Datelines: التعاون الصيني الدولي في مكافحة كوفيد-19، أوائل 2020", label: "السبت، ٢١ مارس ٢٠٢٠", headline: "الصين ترسل فريقا من الخبراء الطبيين وأجهزة التنفس ومعدات فحص كوفيد-19 إلى صربيا، والرئيس فوتشيتش يستقبلهم في مطار بلغراد ويقبل العلم الصيني", footer: "datelines.example.org" },
];

test("long headlines stay inside the card's margins, in every script", () => {
  for (const long of LONG) {
    const card = { ...long, headline: `${long.headline} ${long.headline}` }; // too long for any size
    const { svg, fonts } = shareCardSvg(card);
    const { data, width } = pixels(svg, fonts.files);
    assert.equal(width, CARD_WIDTH);
    assert.equal(data.length, CARD_WIDTH * CARD_HEIGHT * 4);
    let outside = 0;
    for (let y = 20; y < CARD_HEIGHT; y++) {
      for (const x of [...Array(60).keys()].flatMap((i) => [i, CARD_WIDTH - 1 - i])) {
        if (data[(y * width + x) * 4]! < 200) outside++;
      }
    }
    assert.equal(outside, 0, `${card.lang}: ink in the side margins`);
    assert.match(svg, /…/, `${card.lang}: the headline too long for the card ends in an ellipsis`);
  }
});

test("a rebuild renders only the cards whose text changed; the cache is keyed by content", async () => {
  const dir = tempFolder("share");
  try {
    const card: ShareCard = { lang: "en", dir: "ltr", headline: "A headline", footer: "example.org" };
    const plan = [
      { url: "/share.png", card },
      { url: "/events/a/share.png", card: { ...card, headline: "Another headline" } },
    ];
    const first = await writeShareImages(plan, join(dir, "out1"), join(dir, "cache"));
    assert.deepEqual([first.images, first.rendered], [2, 2]);
    const second = await writeShareImages(plan, join(dir, "out2"), join(dir, "cache"));
    assert.deepEqual([second.images, second.rendered], [2, 0], "nothing rendered again");
    assert.ok(readFileSync(join(dir, "out1/events/a/share.png")).equals(readFileSync(join(dir, "out2/events/a/share.png"))));
    const changed = await writeShareImages([plan[0]!, { ...plan[1]!, card: { ...card, headline: "A corrected headline" } }], join(dir, "out3"), join(dir, "cache"));
    assert.deepEqual([changed.images, changed.rendered], [2, 1], "only the changed card is rendered");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("share.images: false in site.json: no image planned, and pages name none", () => {
  const timeline = (images?: boolean) =>
    ({
      lang: "en",
      mainLang: "en",
      dir: "ltr",
      prefix: "",
      languages: [{ lang: "en", name: "English", prefix: "" }],
      site: { title: "T", description: "D", url: "https://example.org", ...(images === undefined ? {} : { share: { images } }) },
      events: [],
    }) as unknown as Timeline;
  assert.equal(shareImageFor(timeline(false)), undefined);
  assert.deepEqual(planShareImages([timeline(false)]), []);
  assert.equal(shareImageFor(timeline())?.url, "/share.png", "on by default");
  assert.equal(shareImageFor(timeline(true))?.url, "/share.png");
  assert.equal(planShareImages([timeline()]).length, 1, "a front page card");
});

test("an event page in a language without its translation shares the main language's card", () => {
  const zh = {
    lang: "zh-Hans",
    mainLang: "en",
    dir: "ltr",
    prefix: "/zh",
    languages: [
      { lang: "en", name: "English", prefix: "" },
      { lang: "zh-Hans", name: "中文", prefix: "/zh" },
    ],
    site: { title: "T", description: "D", url: "https://example.org" },
  } as unknown as Timeline;
  const entry = (translated: boolean) =>
    ({ translated, label: "2020年3月29日", headline: translated ? "中国专家组抵达老挝" : "Experts arrive in Laos", event: { id: "laos", date: { start: "2020-03-29", precision: "day" } } }) as unknown as EventView;
  assert.equal(shareImageFor(zh, entry(true))?.url, "/zh/events/laos/share.png");
  const untranslated = shareImageFor(zh, entry(false))!;
  assert.equal(untranslated.url, "/events/laos/share.png");
  assert.equal(untranslated.alt, "29 March 2020: Experts arrive in Laos", "the alt text describes the English card");
  const planned = planShareImages([{ ...zh, events: [entry(true), entry(false)] } as unknown as Timeline]).map((p) => p.url);
  assert.deepEqual(planned, ["/zh/share.png", "/zh/events/laos/share.png"], "no image drawn for the untranslated event in Chinese");
});
