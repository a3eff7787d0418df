/** The desk follows site.json's extraction policy: old drafts are set aside with why, Propose drafts uses the new policy. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { proposeAgain } from "../../src/desk/draft-actions.ts";
import { documentRoute, queueRoute } from "../../src/desk/routes-drafts.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { makeDeskFixture, type DeskFixture } from "./fixture.ts";

const ZH = ["中国近期向老挝派出医疗专家组。", "", "日前，专家组抵达万象。", ""].join("\n");

const get = (fx: DeskFixture, path: string, params: string[] = []) => ({ ws: fx.ws, url: new URL(path, "http://desk"), body: new URLSearchParams(), params });
const mentions = (fx: DeskFixture, source: string) =>
  DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, source), "utf8"))).drafts.map((d) => d.mention.text).sort();

describe("desk: the extraction policy", () => {
  test("turning vague words on sets the old drafts aside, says why, and Propose drafts reads 近期", async () => {
    const fx = await makeDeskFixture({ jinqi: { text: ZH, lang: "zh-Hans" } });
    assert.deepEqual(mentions(fx, "jinqi"), ["日前"]);
    assert.match((await queueRoute(get(fx, "/"))).html!, /<mark>日前<\/mark>/);
    const site = JSON.parse(fx.read("site.json"));
    writeFileSync(join(fx.data, "site.json"), `${JSON.stringify({ ...site, extraction: { vague: true } }, null, 2)}\n`);

    const queue = (await queueRoute(get(fx, "/"))).html!;
    assert.match(queue, /Drafts files not read: .*<code>jinqi\.json<\/code> \(proposed with site\.json&#39;s extraction\.vague false, which is now true/s);
    assert.doesNotMatch(queue, /<mark>日前<\/mark>/, "the old policy's drafts are not listed");
    const page = (await documentRoute(get(fx, "/documents/jinqi", ["jinqi"]), undefined)).html!;
    assert.match(page, /Its drafts file was not read: proposed with site\.json&#39;s extraction\.vague false/);

    assert.equal(await proposeAgain(fx.ws, "jinqi"), true);
    assert.deepEqual(mentions(fx, "jinqi"), ["日前", "近期"]);
    const after = (await documentRoute(get(fx, "/documents/jinqi", ["jinqi"]), undefined)).html!;
    assert.doesNotMatch(after, /was not read/);
    assert.match(after, /<mark>近期<\/mark>/, "近期 is a draft in the list");
  });
});
