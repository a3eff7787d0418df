/**
 * Serving patches the last timelines in place for an edit to events' words (text-edits.ts). The
 * patched timelines must read exactly as timelines built afresh from the edited data: every event
 * view, feed order, "last updated", calendar, export and search record, in every language of
 * the sample site. Any edit that moves an event asks for a fresh build instead.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { Event } from "../../src/schema/index.ts";
import { icalendar } from "../../src/site/exports/icalendar.ts";
import { exportIndex, exportPart } from "../../src/site/exports/events-json.ts";
import { timelineJsData } from "../../src/site/exports/timelinejs.ts";
import { NO_MEDIA } from "../../src/site/media/media-library.ts";
import { buildSearchIndex } from "../../src/site/search/search-index.ts";
import { patchTimeline, wordEdits } from "../../src/site/text-edits.ts";
import { buildTimelines, type Timeline } from "../../src/site/timeline.ts";
import { loadDataset, type Dataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";

let dataset: Dataset;
before(async () => {
  const result = await loadDataset({ root: ROOT });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  dataset = result.dataset;
});

/** `dataset` with the event `id` changed by `change`. */
function editing(id: string, change: (event: Event) => void): Dataset {
  const copy = structuredClone(dataset);
  copy.events = dataset.events.map((e) => (e.id === id ? structuredClone(e) : e));
  change(copy.events.find((e) => e.id === id)!);
  return copy;
}

const translation = (e: Event) => (e.translations as Record<string, { headline: string }> | undefined)?.["zh-Hans"];

/** What a timeline shows, as text: its views, feeds, calendars, exports and search records. */
function reading(timeline: Timeline): unknown {
  return {
    updated: timeline.updated,
    views: timeline.events.map((v) => ({
      ...v,
      timeline: undefined,
      event: v.event,
      cites: v.cites.map((c) => ({ ...c, sourceView: c.sourceView.url })),
      related: v.related.map((r) => [r.entry.url, r.reason]),
      eras: v.eras.map((e) => e.label),
      eraStarts: v.eraStarts.map((e) => e.label),
    })),
    feeds: timeline.feeds.map((f) => [f.page, f.updated, f.entries.map((e) => e.url), icalendar(f)]),
    timelineJs: timelineJsData(timeline),
    index: exportIndex(timeline),
    parts: timeline.fileParts.map(exportPart),
    search: buildSearchIndex(timeline),
  };
}

describe("an edit to events' words", () => {
  test("patched timelines read as timelines built from the edited data, in every language", () => {
    const published = dataset.events.filter((e) => e.status === "published");
    const [first, second] = [published[3]!, published.find((e) => translation(e))!];
    const newest = new Date(Math.max(...dataset.events.map((e) => Date.parse(e.updated))) + 3_600_000).toISOString().replace(".000", "");
    let edited = editing(first.id, (e) => {
      e.headline = "A headline written again";
      e.summary = "A summary with *emphasis* and [a link](https://example.org/).";
      e.updated = newest; // the newest: first in every feed it is in, and the site's "last updated"
      e.citations[0]!.translation = "A translation added to the quote";
    });
    const edit = structuredClone(edited.events.find((e) => e.id === second.id)!);
    translation(edit)!.headline = "改写的标题";
    edit.added = "2020-06-01T00:00:00Z";
    edited = { ...edited, events: edited.events.map((e) => (e.id === second.id ? edit : e)) };

    const patched = buildTimelines(dataset);
    for (const t of patched) t.feeds.forEach(icalendar); // calendars written before the edit are written again
    const edits = wordEdits(dataset, edited);
    assert.deepEqual(edits?.map((e) => e.id).sort(), [first.id, second.id].sort());
    for (const t of patched) patchTimeline(t, edits!, edited, NO_MEDIA);
    const fresh = buildTimelines(edited);
    assert.equal(patched.length, 4);
    for (const [i, t] of patched.entries()) assert.deepEqual(reading(t), reading(fresh[i]!), t.lang);
    assert.equal(patched[0]!.feeds[0]!.entries[0]!.event.id, first.id, "the edited event leads the site's feed");
    assert.equal(patched[0]!.updated, newest);
    assert.ok(patched[0]!.events.some((v) => v.headline === "A headline written again"));
  });

  test("a headline alone, its update time kept: the same", () => {
    const id = dataset.events.filter((e) => e.status === "published").at(-1)!.id;
    const edited = editing(id, (e) => void (e.headline = "Only the headline changed"));
    const patched = buildTimelines(dataset);
    for (const t of patched) t.feeds.forEach(icalendar);
    const edits = wordEdits(dataset, edited)!;
    assert.deepEqual(edits.map((e) => e.id), [id]);
    for (const t of patched) patchTimeline(t, edits, edited, NO_MEDIA);
    const fresh = buildTimelines(edited);
    for (const [i, t] of patched.entries()) assert.deepEqual(reading(t), reading(fresh[i]!), t.lang);
    assert.ok(patched[0]!.feeds.some((f) => f.entries.some((v) => v.headline === "Only the headline changed")), "its feed entry says it");
  });

  test("nothing changed: no edits; an edit that moves an event, or to anything besides events: a fresh build", () => {
    assert.deepEqual(wordEdits(dataset, structuredClone(dataset)), []);
    const id = dataset.events.find((e) => e.status === "published")!.id;
    const moves: [string, (e: Event) => void][] = [
      ["date", (e) => void (e.date = { start: "2020-05-01", precision: "day" })],
      ["countries", (e) => void e.countries.push("FR" as Event["countries"][number])],
      ["tags", (e) => void (e.tags = [])],
      ["places", (e) => void (e.places = ["Somewhere"])],
      ["status", (e) => void (e.status = "draft")],
      ["a citation's source", (e) => void (e.citations[0]!.source = dataset.sources.find((s) => s.id !== e.citations[0]!.source)!.id)],
      ["media", (e) => void (e.media = [{ src: "https://example.org/a.jpg", alt: "A picture" }])],
    ];
    for (const [what, change] of moves) assert.equal(wordEdits(dataset, editing(id, change)), undefined, what);
    assert.equal(wordEdits(dataset, { ...dataset, events: dataset.events.slice(1) }), undefined, "an event removed");
    assert.equal(wordEdits(dataset, { ...dataset, events: [...dataset.events, { ...dataset.events[0]!, id: "a-new-one" as Event["id"] }] }), undefined, "an event added");
    assert.equal(wordEdits(dataset, { ...dataset, site: { ...dataset.site, title: "Another title" } }), undefined, "site.json");
  });
});
