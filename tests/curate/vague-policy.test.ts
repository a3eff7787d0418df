/**
 * Vague past words ("recently", 近期) become drafts only when site.json's `extraction.vague` asks,
 * wherever drafts are proposed; drafts made under the other policy are never read as current.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { draftsPath, findDraft, readDrafts } from "../../src/curate/drafts-store.ts";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { promoteDraft } from "../../src/curate/promote.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture, type CurateFixture } from "./fixture.ts";
import { tempFolder } from "../support/temp.ts";

const EN = ["Updated: 2020-04-02", "", "Officials said recently that the medical team had returned to Beijing.", ""].join("\n");
const ZH = ["中国近期向老挝派出医疗专家组。", "", "日前，专家组抵达万象。", ""].join("\n");

/** The curate fixture plus an English and a Chinese document with vague past words, published 2 April 2020. */
function makeVagueFixture(): CurateFixture {
  const fx = makeCurateFixture();
  writeFileSync(join(fx.data, "documents", "recently.txt"), EN);
  writeFileSync(join(fx.data, "documents", "jinqi.txt"), ZH);
  const sources = JSON.parse(fx.read("sources.json"));
  sources.sources.push(
    { id: "recently", file: "recently.txt", title: "[Team back]", lang: "en", published: { date: "2020-04-02", basis: "page-date", evidence: "Updated: 2020-04-02" } },
    { id: "jinqi", file: "jinqi.txt", title: "[专家组]", lang: "zh-Hans", published: { date: "2020-04-02", basis: "text", evidence: "日前" } },
  );
  writeFileSync(join(fx.data, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
  return fx;
}

/** Sets site.json's extraction policy (undefined: no `extraction` at all, the default). */
function setPolicy(fx: CurateFixture, extraction: unknown): void {
  const site = JSON.parse(fx.read("site.json"));
  if (extraction === undefined) delete site.extraction;
  else site.extraction = extraction;
  writeFileSync(join(fx.data, "site.json"), `${JSON.stringify(site, null, 2)}\n`);
}

const fileOf = (fx: CurateFixture, source: string) => DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, source), "utf8")));
const mentions = (fx: CurateFixture, source: string) => fileOf(fx, source).drafts.map((d) => d.mention.text).sort();

describe("extraction policy: vague past words", () => {
  test("off by default: no draft for \"recently\" or 近期; 日前 is still read (DESIGN.md's \"before\")", async () => {
    const fx = makeVagueFixture();
    await extractDrafts({ root: ROOT, data: fx.data });
    assert.deepEqual(mentions(fx, "recently"), []);
    assert.deepEqual(mentions(fx, "jinqi"), ["日前"]);
    assert.deepEqual(fileOf(fx, "jinqi").extraction, { vague: false }, "the file records the policy it was made under");
    setPolicy(fx, { vague: false });
    const again = await extractDrafts({ root: ROOT, data: fx.data });
    assert.ok(again.every((r) => r.written === false), "saying false is the same as saying nothing");
  });

  test("on: \"recently\" and 近期 are drafts dated shortly before the publication date", async () => {
    const fx = makeVagueFixture();
    setPolicy(fx, { vague: true });
    await extractDrafts({ root: ROOT, data: fx.data });
    const recently = fileOf(fx, "recently").drafts.find((d) => d.mention.text === "recently");
    assert.deepEqual(recently?.date, { start: "2020-04-02", precision: "day", qualifier: "before" });
    assert.deepEqual(recently?.rules, ["en.recently"]);
    assert.deepEqual(mentions(fx, "jinqi"), ["日前", "近期"]);
    assert.deepEqual(fileOf(fx, "jinqi").drafts.find((d) => d.mention.text === "近期")?.date, { start: "2020-04-02", precision: "day", qualifier: "before" });
    assert.deepEqual(fileOf(fx, "jinqi").extraction, { vague: true });
    assert.deepEqual(mentions(fx, "report"), ["As of April 1", "March 27", "March 29, 2020"], "a document without vague words is unchanged");
  });

  test("`datelines add` proposes under the policy too", async () => {
    const { addDocuments } = await import("../../src/curate/add.ts");
    const inbox = tempFolder("vague-inbox");
    writeFileSync(join(inbox, "team.txt"), EN);
    for (const vague of [false, true]) {
      const fx = makeCurateFixture();
      setPolicy(fx, { vague });
      const [result] = await addDocuments({ root: ROOT, data: fx.data, paths: [join(inbox, "team.txt")], lang: "en", published: "2020-04-02" });
      assert.equal(result?.status, "added", JSON.stringify(result));
      assert.deepEqual(mentions(fx, result!.source!), vague ? ["recently"] : []);
    }
  });

  test("a change of policy sets the old drafts aside until they are proposed again, both ways", async () => {
    const fx = makeVagueFixture();
    await extractDrafts({ root: ROOT, data: fx.data });
    assert.equal((await readDrafts(fx.data)).files.length, 3);

    setPolicy(fx, { vague: true });
    const stale = await readDrafts(fx.data);
    assert.deepEqual(stale.files, [], "drafts made without vague words are not served as the new policy's");
    assert.deepEqual(stale.unreadable.map((u) => u.file), ["jinqi.json", "recently.json", "report.json"]);
    assert.match(stale.unreadable[0]!.reason, /extraction\.vague false, which is now true: propose them again with `datelines extract`/);
    const written = await extractDrafts({ root: ROOT, data: fx.data });
    assert.ok(written.every((r) => r.written), "every file is made again under the new policy");
    const fresh = await readDrafts(fx.data);
    assert.equal(fresh.unreadable.length, 0);
    const recently = fresh.files.find((f) => f.source === "recently")!.drafts.find((d) => d.mention.text === "recently")!;
    assert.ok(await findDraft(fx.data, recently.id));

    setPolicy(fx, undefined);
    assert.deepEqual((await readDrafts(fx.data)).files, [], "drafts with vague words are not served once the policy is off");
    assert.equal(await findDraft(fx.data, recently.id), undefined);
    await assert.rejects(promoteDraft({ root: ROOT, data: fx.data, draftId: recently.id }), /No draft "d-[0-9a-f]{10}"/);
    await extractDrafts({ root: ROOT, data: fx.data });
    assert.deepEqual(mentions(fx, "recently"), []);
    assert.equal((await readDrafts(fx.data)).files.length, 3);
  });

  test("drafts files from before the policy existed count as made without vague words", async () => {
    const fx = makeVagueFixture();
    await extractDrafts({ root: ROOT, data: fx.data });
    const path = draftsPath(fx.data, "report");
    const { extraction: _drop, ...old } = fileOf(fx, "report");
    writeFileSync(path, `${JSON.stringify(old, null, 2)}\n`);
    assert.ok((await readDrafts(fx.data)).files.some((f) => f.source === "report"));
    setPolicy(fx, { vague: true });
    assert.ok((await readDrafts(fx.data)).unreadable.some((u) => u.file === "report.json"));
  });

  test("a wrong value stops extraction with the file, the field and the fix", async () => {
    const fx = makeVagueFixture();
    for (const [value, message] of [
      ["yes", /\/site\.json:\d+:\d+ extraction\.vague: must be true or false \(found "yes"\)$/m],
      ["true", /\/site\.json:\d+:\d+ extraction\.vague: must be true or false, without quotes \(found "true"\)$/m],
    ] as const) {
      setPolicy(fx, { vague: value });
      await assert.rejects(extractDrafts({ root: ROOT, data: fx.data }), message);
    }
    setPolicy(fx, { vagueWords: true });
    await assert.rejects(extractDrafts({ root: ROOT, data: fx.data }), /site\.json:\d+:\d+ extraction\.vagueWords: unknown field "vagueWords"; remove it or check its spelling/);
  });
});
