/** `datelines promote`: a draft becomes a curated event with status "draft" that validates. */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { eventIdFor, PromoteError, promoteDraft } from "../../src/curate/promote.ts";
import { slugify } from "../../src/core/slug.ts";
import { DraftsFile, type Draft } from "../../src/extract/drafts/schema.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";

const NOW = new Date("2026-11-24T10:30:00.123Z");

async function extracted() {
  const fx = makeCurateFixture();
  await extractDrafts({ root: ROOT, data: fx.data });
  const drafts = () => DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, "report"), "utf8"))).drafts;
  const byMention = (text: string) => drafts().find((d) => d.mention.text === text)!;
  return { fx, drafts, byMention };
}

describe("promote", () => {
  test("appends an event that validates; the draft then shows as matching it", async () => {
    const { fx, byMention } = await extracted();
    const draft = byMention("March 27");
    const before = readFileSync(fx.eventsFile, "utf8");
    const result = await promoteDraft({ root: ROOT, data: fx.data, draftId: draft.id, id: "WHO briefing with Wuhan experts", now: NOW });
    assert.equal(result.eventId, "2020-03-27-who-briefing-with-wuhan-experts");
    assert.equal(result.file, fx.eventsFile);

    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const event = loaded.dataset.events.find((e) => e.id === result.eventId)!;
    assert.equal(event.status, "draft", "only published events appear on the site");
    assert.match(event.headline, /^TODO: /);
    assert.match(event.summary, /^TODO: /);
    assert.deepEqual(event.date, { start: "2020-03-27", precision: "day" });
    assert.deepEqual(event.citations, [
      { source: "report", quote: draft.evidence.quote, lang: "en", start: draft.evidence.start, end: draft.evidence.end },
    ]);
    assert.deepEqual(event.countries, draft.countries);
    assert.deepEqual(event.places, ["Wuhan"]);
    assert.deepEqual(event.tags, []);
    assert.equal(event.added, "2026-11-24T10:30:00Z");
    assert.equal(event.updated, event.added);

    // A minimal edit: the curated events before it are byte for byte as they were.
    const after = readFileSync(fx.eventsFile, "utf8");
    const lastEventEnd = before.lastIndexOf("}", before.lastIndexOf("]"));
    assert.equal(after.slice(0, lastEventEnd + 1), before.slice(0, lastEventEnd + 1));

    assert.equal(byMention("March 27").matches, result.eventId);
    assert.equal(byMention("March 27").matchesDate, true);
  });

  test("without --id the id is the date, the places and countries named, and the draft's hash", async () => {
    const { fx, byMention } = await extracted();
    const draft = byMention("As of April 1");
    const result = await promoteDraft({ root: ROOT, data: fx.data, draftId: draft.id, now: NOW });
    assert.equal(result.eventId, `2020-04-01-event-${draft.id.slice(2, 8)}`);
    assert.ok(existsSync(join(fx.data, "events", "2020-04.json")), "the month's file is created");
    assert.ok((await loadDataset({ root: ROOT, data: fx.data })).ok);
  });

  test("--to names the events file", async () => {
    const { fx, byMention } = await extracted();
    const result = await promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("March 27").id, id: "briefing", to: "inbox.json", now: NOW });
    assert.equal(result.file, join(fx.data, "events", "inbox.json"));
    assert.ok((await loadDataset({ root: ROOT, data: fx.data })).ok);
    await assert.rejects(
      promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("As of April 1").id, to: "/tmp/elsewhere.json" }),
      /--to must name a \.json file in/,
    );
  });

  test("refuses a draft that matches a curated event, an id in use and an unknown draft", async () => {
    const { fx, byMention } = await extracted();
    const before = fx.events();
    await assert.rejects(
      promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("March 29, 2020").id }),
      (e: Error) => e instanceof PromoteError && /matches curated event "2020-03-29-chinese-experts-sent-to-laos"/.test(e.message),
    );
    await assert.rejects(
      promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("March 27").id, id: "2020-03-29-chinese-experts-sent-to-laos" }),
      /already exists/,
    );
    await assert.rejects(promoteDraft({ root: ROOT, data: fx.data, draftId: "d-0000000000" }), /No draft "d-0000000000"/);
    assert.deepEqual(fx.events(), before, "nothing was written");

    const promoted = await promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("March 27").id, id: "briefing", now: NOW });
    await assert.rejects(promoteDraft({ root: ROOT, data: fx.data, draftId: byMention("March 27").id, id: "again" }), new RegExp(`matches curated event "${promoted.eventId}"`));
  });

  test("refuses a stale draft whose document changed", async () => {
    const { fx, byMention } = await extracted();
    const id = byMention("March 27").id;
    writeFileSync(join(fx.data, "documents", "report.txt"), `Preface.\n${readFileSync(join(fx.data, "documents", "report.txt"), "utf8")}`);
    // The curated citation now points at the wrong offsets, so fix the dataset first: drop the event.
    writeFileSync(fx.eventsFile, `${JSON.stringify({ events: [] }, null, 2)}\n`);
    await assert.rejects(promoteDraft({ root: ROOT, data: fx.data, draftId: id }), /changed since draft/);
  });

  test("ids are slugs with the date in front", () => {
    const draft = { id: "d-abcdef1234", date: { start: "2020-03-29", precision: "day" }, countries: ["LA", "CN"], places: ["Vientiane"] } as unknown as Draft;
    assert.equal(eventIdFor(draft), "2020-03-29-vientiane-laos-china-abcdef");
    assert.equal(eventIdFor(draft, "Experts arrive in Vientiane!"), "2020-03-29-experts-arrive-in-vientiane");
    assert.equal(eventIdFor(draft, "2020-03-29-experts"), "2020-03-29-experts");
    assert.throws(() => eventIdFor(draft, "专家"), /Latin letters/);
    const unnamed = { id: "d-30bb8ba4d7", date: { start: "2024-04", precision: "month" }, countries: [], places: [] } as unknown as Draft;
    assert.equal(eventIdFor(unnamed), "2024-04-event-30bb8b", "the hash does not read as the month's 30th");
    assert.equal(slugify("Côte d’Ivoire & São Tomé"), "cote-d-ivoire-and-sao-tome");
  });
});

test("a draft whose day comes from the report's date keeps the words the report used", async () => {
  const { buildEvent } = await import("../../src/curate/promote.ts");
  const draft = {
    id: "d-0123456789", status: "draft", source: "report", date: { start: "2020-04-01", precision: "day" },
    evidence: { quote: "The team arrived yesterday in Vientiane.", start: 10, end: 50, lang: "en" },
    mention: { text: "yesterday", index: 26 }, stated: [], implied: ["year", "month", "day"], rules: ["en.relative-day"],
    countries: [], confidence: 0.8,
  } as const;
  const event = buildEvent(draft as never, "2020-04-01-x", "2026-12-01T00:00:00Z") as { citations: { dateAs?: string }[] };
  assert.equal(event.citations[0]!.dateAs, "yesterday");
  const stated = buildEvent({ ...draft, mention: { text: "1 April", index: 20 }, stated: ["month", "day"], evidence: { ...draft.evidence, quote: "On 1 April the team arrived." } } as never, "x", "2026-12-01T00:00:00Z") as { citations: { dateAs?: string }[] };
  assert.equal(stated.citations[0]!.dateAs, undefined);
});
