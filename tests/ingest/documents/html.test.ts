/** Saved article pages: the article's text without the page's chrome, and the page's metadata. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { readHtml } from "../../../src/ingest/documents/html.ts";
import { pageCandidates } from "../../../src/ingest/documents/published.ts";
import { paragraphs, read } from "./helpers.ts";

describe("HTML pages", () => {
  test("English: the article's paragraphs, none of the menus, banners, share buttons, ads, related links or comments", async () => {
    const doc = await read("en-article.html");
    const text = paragraphs(doc.text);
    assert.equal(text[0], "Danube towns begin clean-up as floodwaters recede", "the headline leads");
    assert.match(text[2]!, /^VIENNA, June 4 \(Northern Meridian\) — Residents of towns along the Danube/);
    assert.equal(text.length, 9, "headline, standfirst and seven paragraphs, each its own paragraph");
    for (const chrome of ["cookies", "Accept all", "Sign in", "Share on", "Copy link", "Advertisement", "fibre broadband", "Morning Meridian", "Related stories", "Insurers brace", "riverwatcher", "Comments", "All rights reserved", "Privacy policy"]) {
      assert.ok(!doc.text.includes(chrome), `"${chrome}" is page chrome, not article text`);
    }
    assert.equal(doc.title, "Danube towns begin clean-up as floodwaters recede");
    assert.equal(doc.publisher, "The Northern Meridian");
    assert.equal(doc.author, "Clara Fenwick");
    assert.equal(doc.url, "https://www.northernmeridian.example/world/europe/2024/06/04/danube-towns-begin-clean-up");
    assert.deepEqual([doc.lang, doc.langBasis], ["en", "declared"]);
    assert.deepEqual(
      doc.published.map((c) => [c.from, c.date, c.evidence]),
      [
        ["article:published_time", "2024-06-04", "article:published_time=2024-06-04T21:40:00+02:00"],
        ["JSON-LD datePublished", "2024-06-04", "datePublished=2024-06-04T21:40:00+02:00"],
        ["time datetime", "2024-06-04", "datetime=2024-06-04T21:40:00+02:00"],
      ],
    );
    assert.ok(doc.text.endsWith("until tests were completed.\n"));
  });

  test("Chinese: zh-CN is zh-Hans; a timestamp's date is where it was published, not UTC", async () => {
    const doc = await read("zh-article.html");
    assert.deepEqual([doc.lang, doc.title, doc.publisher, doc.author], ["zh-Hans", "长江上游首座公铁两用大桥合龙 预计年底通车", "东岸日报", "周立新"]);
    // 2024-06-12T00:30:00+08:00 is 11 June in UTC, and 12 June where the paper was published.
    assert.deepEqual(doc.published.map((c) => [c.from, c.date]), [["JSON-LD datePublished", "2024-06-12"]]);
    assert.match(paragraphs(doc.text)[1]!, /^本报重庆6月11日电（记者周立新）/);
    for (const chrome of ["广告", "满300减50", "相关阅读", "热点排行", "网友评论", "江津老李", "Cookie", "客户端", "当前位置", "分享到"]) {
      assert.ok(!doc.text.includes(chrome), chrome);
    }
    const brief = await read("zh-brief.html");
    assert.equal(brief.title, "嘉湖城际铁路今日开通 全程最快38分钟", "the site name after _ is not part of the headline");
  });

  test("Arabic: right-to-left text in logical order, JSON-LD in a @graph, <time> in the article", async () => {
    const doc = await read("ar-article.html");
    assert.deepEqual([doc.lang, doc.publisher, doc.author], ["ar", "صحيفة الساحل", "ليلى الحمادي"]);
    assert.match(paragraphs(doc.text)[1]!, /^دبي، 5 نوفمبر \(الساحل\) – أعلنت هيئة كهرباء ومياه دبي/);
    assert.deepEqual(doc.published.map((c) => c.evidence), ["datePublished=2023-11-05T18:20:00+04:00", "datetime=2023-11-05T18:20:00+04:00"]);
    for (const chrome of ["إعلان", "عاجل", "الأكثر قراءة", "التعليقات", "ملفات تعريف الارتباط", "واتساب", "جميع الحقوق"]) assert.ok(!doc.text.includes(chrome), chrome);
  });

  test("Thai: the page's date line stays with the article; the cookie notice, tags and related news do not", async () => {
    const doc = await read("th-article.html");
    assert.equal(doc.lang, "th");
    assert.equal(paragraphs(doc.text)[1], "เผยแพร่: 15 มี.ค. 2567 06:30 น. · โดย กองบรรณาธิการ");
    assert.deepEqual(doc.published.map((c) => c.evidence), ["article:published_time=2024-03-15T06:30:00+07:00"]);
    for (const chrome of ["คุกกี้", "โฆษณา", "ข่าวที่เกี่ยวข้อง", "ความคิดเห็น", "แชร์", "แท็ก", "สงวนลิขสิทธิ์"]) assert.ok(!doc.text.includes(chrome), chrome);
  });

  test("a page saved in GBK is decoded by its declared charset", () => {
    const head = Buffer.from('<html lang="zh"><head><meta charset="gbk"><title>t</title></head><body><article><h1>标题</h1><p>');
    const body = Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0xd2, 0xbd, 0xc1, 0xc6, 0xd7, 0xe9]); // 中国医疗组 in GBK
    const doc = readHtml("gbk.html", Buffer.concat([head, body, Buffer.from("</p></article></body></html>")]));
    assert.match(doc.text, /中国医疗组/);
    assert.equal(doc.lang, "zh-Hans", "a bare zh is told by its characters");
  });

  test("a page with no article text is refused", () => {
    assert.throws(() => readHtml("front.html", Buffer.from("<html><body><nav><a href='/'>Home</a></nav></body></html>")), /front\.html: no article text found/);
  });

  test("publication dates: a <time> outside the article, broken JSON-LD and a relative canonical URL are not evidence", () => {
    const { document } = parseHTML(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
      <link rel="canonical" href="/story/1"></head><body><article><h1>T</h1><p>Text.</p></article>
      <aside><time datetime="2019-01-01">1 Jan</time></aside></body></html>`);
    assert.deepEqual(pageCandidates(document as never), []);
    const { document: marked } = parseHTML(`<html><body><p>By <time itemprop="datePublished" datetime="2021-12-31T23:30:00-05:00">Dec 31</time></p></body></html>`);
    assert.deepEqual(pageCandidates(marked as never).map((c) => c.date), ["2021-12-31"]);
  });
});
