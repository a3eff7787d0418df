/** `datelines extract` writes drafts to the review area: idempotent, never touching curated events. */
import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { draftsJsonSchemaText, DRAFTS_SCHEMA_FILE } from "../../src/extract/drafts/json-schema.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";

describe("extract into the review area", () => {
  test("writes one drafts file per source, with progress per document", async () => {
    const fx = makeCurateFixture();
    const lines: string[] = [];
    const results = await extractDrafts({ root: ROOT, data: fx.data, progress: (l) => lines.push(l) });
    assert.equal(results.length, 1);
    assert.match(lines[0]!, /^\[1\/1\] report: \d+ mentions, 3 drafts \(1 match curated events\)$/);
    const file = DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, "report"), "utf8")));
    assert.match(file.note, /Machine output/);
    assert.equal(file.$schema, relative(join(fx.data, "drafts"), join(ROOT, "src/extract/drafts/drafts.schema.json")));
    assert.deepEqual(file.reference, { date: "2020-04-02", basis: "published" });
    assert.deepEqual(file.recognized.map((r) => r.text), ["2020-04-02"], "the page date is recognized, not proposed");
    const confidences = file.drafts.map((d) => d.confidence);
    assert.deepEqual(confidences, [...confidences].sort((a, b) => b - a), "the most confident draft first");
    assert.deepEqual(
      file.drafts.toSorted((a, b) => a.mention.index - b.mention.index).map((d) => [d.mention.text, d.date.start, d.date.qualifier ?? "", d.matches ?? ""]),
      [
        ["March 29, 2020", "2020-03-29", "", "2020-03-29-chinese-experts-sent-to-laos"],
        ["March 27", "2020-03-27", "", ""],
        ["As of April 1", "2020-04-01", "as-of", ""],
      ],
    );
  });

  test("re-running gives the same bytes, rewrites nothing and never changes curated events", async () => {
    const fx = makeCurateFixture();
    const eventsBefore = fx.events();
    await extractDrafts({ root: ROOT, data: fx.data });
    const path = draftsPath(fx.data, "report");
    const first = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const again = await extractDrafts({ root: ROOT, data: fx.data });
    assert.equal(again[0]!.written, false);
    assert.deepEqual(readFileSync(path), first);
    assert.equal(statSync(path).mtimeMs, mtime);
    assert.deepEqual(fx.events(), eventsBefore);
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, "the dataset still validates with a drafts folder beside it");
  });

  test("an edited drafts file is replaced by machine output; curated files are not", async () => {
    const fx = makeCurateFixture();
    await extractDrafts({ root: ROOT, data: fx.data });
    const path = draftsPath(fx.data, "report");
    const clean = readFileSync(path, "utf8");
    writeFileSync(path, clean.replace("Machine output", "Editor was here"));
    await extractDrafts({ root: ROOT, data: fx.data });
    assert.equal(readFileSync(path, "utf8"), clean);
  });

  test("--source picks one document; an unknown one is an error naming the known ones", async () => {
    const fx = makeCurateFixture();
    const results = await extractDrafts({ root: ROOT, data: fx.data, source: "report", published: "2020-04-05" });
    assert.equal(results[0]!.source, "report");
    const file = DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, "report"), "utf8")));
    assert.deepEqual(file.reference, { date: "2020-04-05", basis: "option" });
    await assert.rejects(extractDrafts({ root: ROOT, data: fx.data, source: "nope" }), /No source "nope".*Known: report/);
    await assert.rejects(extractDrafts({ root: ROOT, data: fx.data, published: "2020-04-05" }), /--published needs --source/);
  });

  test("invalid data is refused with every problem listed", async () => {
    const fx = makeCurateFixture();
    writeFileSync(fx.eventsFile, "{ not json");
    await assert.rejects(extractDrafts({ root: ROOT, data: fx.data }), /problem/);
  });

  test("the committed JSON Schema of drafts files is current", () => {
    assert.equal(readFileSync(DRAFTS_SCHEMA_FILE, "utf8"), draftsJsonSchemaText(), "run: npm run schema");
  });
});
