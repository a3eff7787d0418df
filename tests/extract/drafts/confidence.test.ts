/**
 * Draft confidence: page chrome scores below the events of the same article, the
 * features move it the sane way, drafts come most confident first, and the committed
 * model is the one the fitting script produces (`npm run bench:confidence -- --write`).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { proposeDrafts } from "../../../src/extract/drafts/propose.ts";
import { confidenceOf, probability } from "../../../src/extract/drafts/confidence.ts";
import { FEATURES, featuresOf, lineAround, type Features } from "../../../src/extract/drafts/confidence-features.ts";
import committed from "../../../src/extract/drafts/confidence-model.json" with { type: "json" };
import { labelledDrafts } from "../../bench/confidence-data.ts";
import { fitModel } from "../../bench/confidence-fit.ts";

async function drafts(text: string, lang: string, published: string) {
  const { mentions } = extractDates(text, await pickLocale(text, lang), { published });
  return proposeDrafts({ source: { id: "page", lang }, text, mentions, reference: "published", curated: [] }).drafts;
}

const by = (list: Awaited<ReturnType<typeof drafts>>, text: string) => {
  const found = list.filter((d) => d.mention.text === text);
  assert.ok(found.length > 0, `no draft for ${text}: ${list.map((d) => d.mention.text).join(", ")}`);
  return found.map((d) => d.confidence);
};

describe("page chrome scores below the article's events", () => {
  test("English: a byline timestamp after '3 minutes ago', a comment's timestamp", async () => {
    const text = readFileSync(new URL("./fixtures/chrome-article-en.txt", import.meta.url), "utf8");
    const list = await drafts(text, "en", "2020-03-14");
    const chrome = [...by(list, "14th March 2020"), ...by(list, "14/03/2020")];
    const events = [...by(list, "Friday"), ...by(list, "March 11"), ...by(list, "yesterday"), ...by(list, "Monday, March 16")];
    assert.ok(Math.max(...chrome) < 0.2, `chrome ${chrome}`);
    assert.ok(Math.min(...events) > 0.8, `events ${events}`);
    assert.deepEqual(list.slice(-chrome.length).map((d) => d.confidence).sort(), [...chrome].sort(), "chrome comes last in the queue");
  });

  test("Chinese, Arabic and Thai: a comment's timestamp, publication lines with reads and shares", async () => {
    const cases = [
      ["zh-Hans", "2020-04-08", "　　4月7日，武汉市宣布解除离汉通道管控措施。\n\n网友评论（36）\n江城小雨 ・ 3小时前 ・ 2020年4月8日 18:22 ・ 赞(215)", "4月7日", "2020年4月8日"],
      ["ar", "2020-04-25", "منذ 7 دقائق | السبت 25 أبريل 2020 - 10:27 م | عدد المشاهدات: 5,812\n\nأعلن رئيس الوزراء أمس الجمعة تخفيف إجراءات حظر التجول في ثلاث محافظات.", "أمس الجمعة", "السبت 25 أبريل 2020"],
      ["th", "2020-03-21", "โพสต์เมื่อ 3 นาทีที่แล้ว | 21 มี.ค. 2563 เวลา 22:27 น. | เข้าชม 24,518 ครั้ง\n\nเมื่อวันที่ 20 มีนาคม กรุงเทพมหานครสั่งปิดห้างสรรพสินค้าชั่วคราวเพื่อป้องกันการแพร่ระบาดของโรคโควิด-19", "วันที่ 20 มีนาคม", "21 มี.ค. 2563"],
    ] as const;
    for (const [lang, published, text, event, chrome] of cases) {
      const list = await drafts(text, lang, published);
      const [e] = by(list, event);
      const c = list.find((d) => chrome.includes(d.mention.text) || d.mention.text.includes(chrome))?.confidence;
      assert.ok(c !== undefined && c < 0.2 && e! > 0.8, `${lang}: chrome ${c}, event ${e}`);
    }
  });
});

describe("page chrome scores below the article's events in Spanish, French and Russian", () => {
  test("a byline with its words only (no separators, no clock time): author, relative time, label, views", async () => {
    const cases = [
      ["es", "Por Ana Pérez, hace 7 minutos. Publicado el miércoles 1 de abril de 2020. 5.812 visitas\n\nEl Gobierno anunció ayer el cierre de los parques de la capital.", "ayer", "miércoles 1 de abril de 2020"],
      ["fr", "Par Anne Martin, il y a 7 min. Publié le mercredi 1er avril 2020. 5 812 vues\n\nLe gouvernement a annoncé hier la fermeture des parcs de la capitale.", "hier", "mercredi 1er avril 2020"],
      ["ru", "Автор: Анна Иванова, 7 минут назад. Опубликовано 1 апреля 2020 г. Просмотров: 5 812\n\nПравительство вчера объявило о закрытии парков в столице.", "вчера", "1 апреля 2020 г."],
    ] as const;
    for (const [lang, text, event, chrome] of cases) {
      const list = await drafts(text, lang, "2020-04-01");
      const [e] = by(list, event);
      const [c] = by(list, chrome);
      assert.ok(c! < 0.2 && e! > 0.8, `${lang}: chrome ${c}, event ${e}`);
    }
  });
});

describe("the confidence model", () => {
  const prose: Features = { chrome: 0, prose: 0.75, relative: 0, yearImplied: 1, monthImplied: 0, qualified: 0, otherDates: 0, fullDate: 0, digitsOnly: 0 };

  test("more kinds of chrome on the line lower it; more prose raises it; always within (0, 1)", () => {
    let last = 1;
    for (let chrome = 0; chrome <= 6; chrome++) {
      const p = probability({ ...prose, chrome });
      assert.ok(p > 0 && p < last, `${chrome} kinds of chrome: ${p}`);
      last = p;
    }
    assert.ok(probability({ ...prose, prose: 0.9 }) > probability({ ...prose, prose: 0.3 }));
    assert.ok(committed.weights.chrome < 0 && committed.weights.prose > 0);
  });

  test("a guessed reference lowers a draft whose parts were implied, not one fully stated", () => {
    const implied = ["year"] as const;
    assert.ok(confidenceOf(prose, "collection", implied) < confidenceOf(prose, "published", implied));
    assert.equal(confidenceOf(prose, "today", []), confidenceOf(prose, "published", []));
  });

  test("features read the mention's own line only, with the mention cut out", () => {
    const text = "Share | 1,204 views\nOfficials met on March 3 in Geneva.";
    const start = text.indexOf("March 3");
    const around = lineAround(text, start, start + "March 3".length);
    assert.deepEqual(around, { before: "Officials met on ", after: " in Geneva." });
    const f = featuresOf({ mention: { text: "March 3", stated: ["month", "day"], implied: ["year"] }, datesInClause: 1, ...around });
    assert.equal(f.chrome, 0);
    assert.deepEqual(Object.keys(f), [...FEATURES]);
  });

  test("the committed coefficients are what the fitting script produces", async () => {
    const fitted = fitModel(await labelledDrafts());
    assert.ok(Math.abs(fitted.intercept - committed.intercept) < 1e-4, `intercept ${fitted.intercept} vs ${committed.intercept}`);
    for (const f of FEATURES) {
      const c = (committed.weights as Record<string, number>)[f]!;
      assert.ok(Math.abs(fitted.weights[f]! - c) < 1e-4, `${f}: fitted ${fitted.weights[f]}, committed ${c}: run npm run bench:confidence -- --write`);
    }
    assert.deepEqual(fitted.fittedOn, committed.fittedOn);
  });
});
