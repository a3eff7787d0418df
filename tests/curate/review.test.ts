/** The review page: drafts beside their evidence, served locally, escaped, right-to-left where needed. */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { draftsPath, serializeDrafts } from "../../src/curate/drafts-store.ts";
import { HtmlValidate } from "html-validate";
import { renderReview, splitQuote } from "../../src/curate/review-page.ts";
import { startReviewServer, type ReviewServer } from "../../src/curate/review-server.ts";
import { DRAFTS_NOTE, type Draft, type DraftsFile } from "../../src/extract/drafts/schema.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";

const QUOTE = "وصل فريق <script>alert(1)</script> إلى بغداد يوم 7 مارس.";
const MENTION = "يوم 7 مارس";

function arabicDrafts(): DraftsFile {
  const start = 100;
  const draft: Draft = {
    id: "d-0123456789",
    status: "draft",
    source: "ar-doc",
    date: { start: "2020-03-07", precision: "day" },
    evidence: { quote: QUOTE, start, end: start + [...QUOTE].length, lang: "ar" },
    mention: { text: MENTION, index: start + [...QUOTE.slice(0, QUOTE.indexOf(MENTION))].length },
    stated: ["day", "month"],
    implied: ["year"],
    rules: ["ar.day-month"],
    countries: ["IQ"],
    places: ["Baghdad"],
    confidence: 0.81,
  };
  return {
    note: DRAFTS_NOTE,
    source: "ar-doc",
    file: "ar.txt",
    lang: "ar",
    locale: "ar",
    reference: { date: "2020-03-29", basis: "published" },
    mentions: 1,
    recognized: [],
    drafts: [draft],
  };
}

describe("review page", () => {
  let server: ReviewServer;
  let data: string;

  before(async () => {
    const fx = makeCurateFixture();
    data = fx.data;
    await extractDrafts({ root: ROOT, data });
    mkdirSync(join(data, "drafts"), { recursive: true });
    writeFileSync(draftsPath(data, "ar-doc"), serializeDrafts(arabicDrafts()));
    writeFileSync(join(data, "drafts", "notes.json"), "{ not drafts");
    server = await startReviewServer({ data, port: 0 });
  });
  after(() => server.close());

  test("is served on localhost with every draft, its mention marked in the evidence", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type")!, /^text\/html; charset=utf-8/);
    const page = await res.text();
    assert.match(page, /<mark>March 29, 2020<\/mark>/);
    assert.match(page, /matches curated event 2020-03-29-chinese-experts-sent-to-laos/);
    assert.match(page, /<code class="command">npx datelines promote d-[0-9a-f]{10} --id short-english-slug<\/code>/);
    assert.match(page, /<blockquote lang="en" dir="ltr">/);
    assert.match(page, /Not read: <code>notes\.json<\/code>/);
    assert.doesNotMatch(page, /<script/i, "no script: the page works with JavaScript off");
  });

  test("Arabic evidence is right-to-left and all text is escaped", async () => {
    const page = await (await fetch(`${server.url}?source=ar-doc`)).text();
    assert.match(page, new RegExp(`<blockquote lang="ar" dir="rtl">وصل فريق &lt;script&gt;alert\\(1\\)&lt;/script&gt; إلى بغداد <mark>${MENTION}</mark>\\.</blockquote>`));
    assert.doesNotMatch(page, /March 29, 2020/, "filtered to one source");
    assert.match(page, /Iraq \(IQ\)/);
    assert.match(page, /<option value="ar-doc" selected>/);
  });

  test("filters new and matching drafts with a plain GET form", async () => {
    const page = await (await fetch(`${server.url}?show=matching`)).text();
    assert.match(page, /<form method="get" action="\/">/);
    assert.match(page, /1 draft shown/);
    const fresh = await (await fetch(`${server.url}?show=new&source=report`)).text();
    assert.match(fresh, /2 drafts shown/);
  });

  test("other paths and methods are refused", async () => {
    assert.equal((await fetch(`${server.url}events`)).status, 404);
    assert.equal((await fetch(server.url, { method: "POST" })).status, 405);
  });

  test("the mention is found by code points, even after astral characters", () => {
    const draft = arabicDrafts().drafts[0]!;
    const quote = `𠀀${QUOTE}`;
    const shifted = { ...draft, evidence: { ...draft.evidence, quote }, mention: { ...draft.mention, index: draft.mention.index + 1 } };
    assert.equal(splitQuote(shifted).mention, MENTION);
  });

  test("is valid HTML", async () => {
    const page = await (await fetch(server.url)).text();
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(page);
    assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)), []);
  });

  test("an empty review area says how to fill it", () => {
    assert.match(renderReview({ files: [] }), /No drafts yet: run <code>npx datelines extract<\/code>/);
  });
});
