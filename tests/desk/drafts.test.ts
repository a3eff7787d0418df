/** Accepting, merging and dismissing drafts in the desk, and dismissals surviving `extract`. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { acceptDraft, DeskRefusal, dismissDraft, mergeDraft, undoDismissal } from "../../src/desk/draft-actions.ts";
import { dismissalsPath, readDismissals } from "../../src/desk/dismissals.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeDeskFixture, NOW, ZH_DOC, type DeskFixture } from "./fixture.ts";

const drafts = (fx: DeskFixture, source: string) => DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, source), "utf8"))).drafts;
const byMention = (fx: DeskFixture, source: string, text: string) => drafts(fx, source).find((d) => d.mention.text === text);

describe("desk: drafts", () => {
  test("accept: an event with the headline typed and an id made from it; the draft then shows as promoted", async () => {
    const fx = await makeDeskFixture({ laos: { text: ZH_DOC, lang: "zh-Hans" } });
    const draft = byMention(fx, "laos", "3月30日")!;
    const before = fx.read("events/2020-03.json");
    const id = await acceptDraft(fx.ws, draft.id, { headline: "Second batch of supplies reaches Vientiane", id: "" });
    assert.equal(id, "2020-03-30-second-batch-of-supplies-reaches-vientiane");
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const event = loaded.dataset.events.find((e) => e.id === id)!;
    assert.equal(event.headline, "Second batch of supplies reaches Vientiane");
    assert.equal(event.status, "draft");
    assert.equal(event.added, NOW);
    assert.deepEqual(event.citations[0], { source: "laos", quote: draft.evidence.quote, lang: "zh-Hans", start: draft.evidence.start, end: draft.evidence.end });
    const after = fx.read("events/2020-03.json");
    assert.equal(after.slice(0, before.lastIndexOf("}", before.lastIndexOf("]")) + 1), before.slice(0, before.lastIndexOf("}", before.lastIndexOf("]")) + 1), "the events before it are untouched");
    assert.equal(byMention(fx, "laos", "3月30日")!.matches, id);

    const other = byMention(fx, "laos", "4月1日")!;
    const written = fx.events();
    await assert.rejects(acceptDraft(fx.ws, other.id, { headline: "", id }), (e: Error) => e instanceof DeskRefusal && /already exists/.test(e.message));
    assert.deepEqual(fx.events(), written, "a refused accept writes nothing");
  });

  test("two editors accepting the same draft at once: one event, the other told", async () => {
    const fx = await makeDeskFixture({ laos: { text: ZH_DOC, lang: "zh-Hans" } });
    const draft = byMention(fx, "laos", "4月1日")!;
    const results = await Promise.allSettled([
      acceptDraft(fx.ws, draft.id, { headline: "Experts meet by video", id: "" }),
      acceptDraft(fx.ws, draft.id, { headline: "Video conference of experts", id: "" }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ["fulfilled", "rejected"]);
    const file = JSON.parse(fx.read("events/2020-04.json"));
    assert.equal(file.events.length, 1);
  });

  test("merge: the draft's passage becomes another citation of an existing event", async () => {
    const fx = await makeDeskFixture({ laos: { text: ZH_DOC, lang: "zh-Hans" } });
    const draft = byMention(fx, "laos", "3月30日")!;
    await assert.rejects(mergeDraft(fx.ws, draft.id, ""), (e: Error) => e instanceof DeskRefusal && /Choose the event this draft reports/.test(e.message), "no event chosen: no event is assumed");
    await mergeDraft(fx.ws, draft.id, "2020-03-29-chinese-experts-sent-to-laos");
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const event = loaded.dataset.events.find((e) => e.id === "2020-03-29-chinese-experts-sent-to-laos")!;
    assert.deepEqual(event.citations.map((c) => c.source), ["report", "laos"]);
    assert.equal(event.updated, NOW);
    assert.equal(byMention(fx, "laos", "3月30日")!.matches, event.id);
  });

  test("dismiss: remembered in dismissed.json and left out by every later extract; undo brings it back", async () => {
    const fx = await makeDeskFixture();
    const draft = byMention(fx, "report", "March 27")!;
    const key = await dismissDraft(fx.ws, draft.id);
    assert.equal(byMention(fx, "report", "March 27"), undefined);
    const file = JSON.parse(readFileSync(dismissalsPath(fx.data), "utf8"));
    assert.equal(file.dismissed[0].quote, draft.evidence.quote, "a person reading the file sees what was dismissed");

    await extractDrafts({ root: ROOT, data: fx.data });
    await extractDrafts({ root: ROOT, data: fx.data, source: "report" });
    assert.equal(byMention(fx, "report", "March 27"), undefined, "not proposed again");
    assert.ok(byMention(fx, "report", "As of April 1"), "the other drafts still are");

    assert.deepEqual(await undoDismissal(fx.ws, key), { source: "report", refreshed: true });
    assert.deepEqual(await readDismissals(fx.data), []);
    assert.equal(byMention(fx, "report", "March 27")?.id, draft.id, "the same draft, with the same id");
  });

  test("dismissals name drafts by source, date span and value: a draft made again with another id stays dismissed", async () => {
    const fx = await makeDeskFixture();
    const draft = byMention(fx, "report", "March 27")!;
    await dismissDraft(fx.ws, draft.id);
    const [dismissal] = await readDismissals(fx.data);
    assert.deepEqual({ source: dismissal!.source, mention: dismissal!.mention, date: dismissal!.date }, { source: "report", mention: draft.mention, date: draft.date });
    assert.ok(!JSON.stringify(dismissal).includes(draft.id), "the draft id is not what is remembered");
  });
});
