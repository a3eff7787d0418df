/**
 * The reference date of a document, and what a month-only or year-only publication date
 * may give its relative dates: never a day the text does not state (issue 13).
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { chooseReference } from "../../src/curate/reference.ts";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { extractDates, pickLocale } from "../../src/extract/index.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import type { Source } from "../../src/schema/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";

const source = (date: string | undefined, id = "doc"): Source =>
  ({ id, file: `${id}.txt`, title: "T", lang: "en", published: date ? { date, basis: "text", evidence: "March 2020" } : { basis: "unknown" } }) as Source;

describe("chooseReference", () => {
  test("a full publication date is the reference; a month or a year is resolved against as its last day, with its precision", () => {
    assert.deepEqual(chooseReference(source("2020-03-29"), []), { published: "2020-03-29", fallback: "2020-03-29", basis: "published", precision: "day" });
    assert.deepEqual(chooseReference(source("2020-03"), []), { fallback: "2020-03-31", basis: "manifest", precision: "month", partial: "2020-03" });
    assert.deepEqual(chooseReference(source("2020"), []), { fallback: "2020-12-31", basis: "manifest", precision: "year", partial: "2020" });
    assert.deepEqual(chooseReference(source("2020-03"), [], "2020-03-12"), { published: "2020-03-12", fallback: "2020-03-12", basis: "option", precision: "day" });
    assert.equal(chooseReference(source(undefined), [source("2020-02", "other")]).basis, "collection");
  });
});

describe("a reference known only to the month or the year", () => {
  const TEXT =
    "Officials said today that the clinic would stay open. The order was signed yesterday, and schools closed on Monday. " +
    "Tests began on March 5, results came on the 20th, and the decision was made last week.";
  const values = async (fallbackReference: string, fallbackPrecision: "day" | "month" | "year", text = TEXT) => {
    const { mentions } = extractDates(text, await pickLocale(text, "en"), { fallbackReference, fallbackPrecision });
    return Object.fromEntries(mentions.map((m) => [m.text, m.value]));
  };

  test("month: relative days give the month; a stated day keeps its day", async () => {
    assert.deepEqual(await values("2020-03-31", "month"), { today: "2020-03", yesterday: "2020-03", Monday: "2020-03", "March 5": "2020-03-05", "the 20th": "2020-03-20" });
  });

  test("year: relative days and a bare day give the year; a stated month and day keep them", async () => {
    assert.deepEqual(await values("2020-12-31", "year"), { today: "2020", yesterday: "2020", Monday: "2020", "March 5": "2020-03-05", "the 20th": "2020" });
  });

  test("a full reference, or a dateline in the document, still gives days", async () => {
    assert.equal((await values("2020-03-31", "day")).today, "2020-03-31");
    const datelined = await values("2020-03-31", "month", `GENEVA, March 12 (Reuters) - ${TEXT}`);
    assert.equal(datelined.today, "2020-03-12");
    assert.equal(datelined.yesterday, "2020-03-11");
  });
});

test("drafts of a source published '2020-03': no day the text does not give, a note for the editor", async () => {
  const fx = makeCurateFixture();
  const text = "Officials said today that the clinic would stay open. Tests began on March 5.\n";
  writeFileSync(join(fx.data, "documents", "report.txt"), text);
  const sources = JSON.parse(fx.read("sources.json"));
  sources.sources[0].published = { date: "2020-03", basis: "text", evidence: "March 5" };
  writeFileSync(join(fx.data, "sources.json"), JSON.stringify(sources));
  writeFileSync(fx.eventsFile, JSON.stringify({ events: [] }));
  const [result] = await extractDrafts({ root: ROOT, data: fx.data });
  assert.equal(result!.error, undefined);
  const file = DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, "report"), "utf8")));
  assert.deepEqual(file.reference, { date: "2020-03", basis: "manifest" });
  const byText = Object.fromEntries(file.drafts.map((d) => [d.mention.text, d]));
  assert.deepEqual(byText.today!.date, { start: "2020-03", precision: "month" });
  assert.match(byText.today!.note!, /known only to the month \(2020-03\): "today" is dated only to the month/);
  assert.deepEqual(byText["March 5"]!.date, { start: "2020-03-05", precision: "day" });
  assert.match(byText["March 5"]!.note!, /the year of "March 5" comes from it/);
});
