/**
 * import → build → export → import again gives the same events: a newsroom can move a
 * TimelineJS timeline into Datelines and keep a TimelineJS embed fed from the export.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { importTimeline } from "../../src/curate/import.ts";
import { sheetCsv } from "../../src/site/exports/sheet-csv.ts";
import { timelineJsData } from "../../src/site/exports/timelinejs.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset, type Dataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { curatedEvent, makeCurateFixture } from "./fixture.ts";

const NOW = new Date("2026-11-24T10:30:00Z");
const TIMELINE = join(ROOT, "tests/ingest/timelines/fixtures/aldmere-bridge.csv");

async function dataset(data: string): Promise<Dataset> {
  const loaded = await loadDataset({ root: ROOT, data });
  assert.ok(loaded.ok, loaded.ok ? "" : loaded.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join("\n"));
  return loaded.dataset;
}

/** What TimelineJS can carry of an event, and so what a round trip must keep. */
function carried(data: Dataset, ids: ReadonlySet<string>) {
  const label = (group?: string) => data.groups.find((g) => g.id === group)?.label[data.site.lang];
  return data.events
    .filter((e) => ids.has(e.id))
    .map((e) => ({ id: e.id, status: e.status, date: e.date, headline: e.headline, summary: e.summary, media: e.media, group: label(e.group) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Import the sample timeline, then export it as the built site would. */
async function importedAndExported() {
  const first = makeCurateFixture();
  const imported = await importTimeline({ root: ROOT, data: first.data, file: TIMELINE, now: NOW });
  assert.equal(imported.code, 0, imported.report);
  const data = await dataset(first.data);
  const published = new Set(data.events.filter((e) => e.status === "published" && e.citations[0]!.source !== "report").map((e) => e.id));
  assert.ok(published.size >= 15, `expected the sample's published events, got ${published.size}`);
  const timeline = buildTimelines(data)[0]!;
  return { data, published, exported: timelineJsData(timeline) };
}

describe("TimelineJS round trip", () => {
  test("import → export /timelinejs.json → import again: the same events, groups and eras", async () => {
    const { data, published, exported } = await importedAndExported();
    const second = makeCurateFixture();
    const file = join(second.data, "exported-timeline.json");
    writeFileSync(file, JSON.stringify(exported));
    const again = await importTimeline({ root: ROOT, data: second.data, file, now: NOW });
    assert.equal(again.code, 0, again.report);
    const back = await dataset(second.data);
    assert.deepEqual(carried(back, published), carried(data, published));
    assert.deepEqual(
      back.eras.map(({ label, start, end }) => ({ label, start, end })),
      data.eras.map(({ label, start, end }) => ({ label, start, end })),
    );
    assert.equal(back.site.title, data.site.title);
  });

  test("import → export /events.csv → import again: the same dates, headlines, summaries, media and groups", async () => {
    const { data, published, exported } = await importedAndExported();
    const second = makeCurateFixture();
    const file = join(second.data, "exported-timeline.csv");
    writeFileSync(file, sheetCsv(exported));
    const again = await importTimeline({ root: ROOT, data: second.data, file, now: NOW });
    assert.equal(again.code, 0, again.report);
    const back = await dataset(second.data);
    // The sheet has no id column: ids are made again from date and headline (or, for a headline with no
    // Latin letters, from the row number, which moves in an export), so compare everything else.
    const withoutIds = (events: ReturnType<typeof carried>) =>
      events.map(({ id: _id, ...rest }) => rest).sort((a, b) => `${a.date.start} ${a.headline}`.localeCompare(`${b.date.start} ${b.headline}`));
    const curated = curatedEvent().headline; // the fixture's own event, exported too
    const backIds = new Set(back.events.filter((e) => e.citations[0]!.source !== "report" && e.headline !== curated).map((e) => e.id));
    assert.deepEqual(withoutIds(carried(back, backIds)), withoutIds(carried(data, published)));
    assert.match(readFileSync(file, "utf8"), /^\uFEFFYear,Month,Day,Time,End Year/);
  });
});
