/** TimelineJS 3 JSON: the same timeline as the sheet, plus unique_id and alt text; and a round trip through an export. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import MarkdownIt from "markdown-it";
import { rowsToEvents, timelineJsonToEvents, TimelineReadError, type EventInput } from "../../../src/ingest/timelines/index.ts";
import { EXPORT_SOURCES_CLASS as EXPORT_SOURCES } from "../../../src/core/timelinejs-format.ts";
import { timelineJsonRows } from "../../../src/ingest/timelines/timelinejs-json.ts";
import { checkCitation } from "../../../src/validate/index.ts";
import { Event } from "../../../src/schema/index.ts";
import { FIXTURES, NOW, read } from "./support.ts";

const fixture = () => JSON.parse(readFileSync(join(FIXTURES, "aldmere-bridge.json"), "utf8"));

describe("TimelineJS 3 JSON", () => {
  test("the JSON fixture gives the sheet's events, with unique_id as ids and alt text letting three more images publish", async () => {
    const fromJson = timelineJsonToEvents(fixture(), { fileName: "aldmere-bridge.json", now: NOW });
    const fromCsv = rowsToEvents(await read("aldmere-bridge.csv"), { now: NOW });
    assert.equal(fromJson.events.length, 20);
    assert.equal(fromJson.events[1]!.id, "corrosion-found");
    const fields = (e: EventInput) => ({ date: e.date, headline: e.headline, summary: e.summary, group: e.group, media: e.media?.map(({ alt: _, ...m }) => m) });
    assert.deepEqual(fromJson.events.map(fields), fromCsv.events.map(fields));
    assert.deepEqual(fromJson.eras, fromCsv.eras);
    assert.deepEqual(fromJson.groups, fromCsv.groups);
    assert.deepEqual(fromJson.site, fromCsv.site);
    assert.deepEqual(fromJson.events.filter((e) => e.status === "draft").map((e) => e.id), ["council-votes-to-replace", "ferry-returns"]);
    for (const event of fromJson.events) {
      const parsed = Event.parse(event);
      assert.equal(checkCitation(parsed.citations[0]!, fromJson.document), undefined, event.id);
    }
  });

  test("the report names slides by index and unique_id; times and other fields are kept in the document", () => {
    const c = timelineJsonToEvents(fixture(), { fileName: "aldmere-bridge.json", now: NOW });
    const rows = c.report.rows;
    assert.deepEqual(rows.slice(0, 3).map((r) => r.label), ["title", 'events[0] (unique_id "bridge-opens-1931")', 'events[1] (unique_id "corrosion-found")']);
    assert.deepEqual(rows.slice(-2).map((r) => r.label), ["eras[0]", "eras[1]"]);
    const weight = rows.find((r) => r.label.includes("weight-limit"))!;
    assert.ok(weight.mapped.includes('events[2].start_date.hour/minute "14:00" dropped: events hold calendar dates, not times (kept in the document)'));
    assert.ok(rows[0]!.mapped.includes('title.background.color "#0b2545" kept in the document only'));
    assert.deepEqual(c.report.notes, ['"scale": "human" is not imported (kept in the document only)']);
    assert.match(c.document, /\nscale: human\n/);
    assert.match(c.document, /\nevents\[2\] \(unique_id "weight-limit"\)\n  start_date\.year: 2019\n  start_date\.month: 4\n  start_date\.day: 2\n  start_date\.hour: 14\n  start_date\.minute: 00\n/);
    assert.match(c.document, /\n  text\.text as plain text: Trucks and buses are barred/);
  });

  test("unique_id is slugified, kept unique, and every change is reported", () => {
    const slide = (unique_id: string, year = 2020) => ({ start_date: { year }, text: { headline: "H", text: "T" }, unique_id });
    const c = timelineJsonToEvents({ events: [slide("My Event"), slide("my-event"), slide("事件")] }, { now: NOW });
    assert.deepEqual(c.events.map((e) => e.id), ["my-event", "my-event-2", "2020-h"]);
    assert.ok(c.report.rows[0]!.mapped.includes('events[0].unique_id "My Event" written as the id my-event'));
    assert.ok(c.report.rows[1]!.mapped.includes("id my-event is already used: this event is my-event-2"));
    assert.ok(c.report.rows[2]!.mapped.includes('events[2].unique_id "事件" has no Latin letters or digits: id from the date and headline'));
  });

  test("not TimelineJS JSON", () => {
    assert.throws(() => timelineJsonRows([1, 2], "list.json"), (e: Error) => e instanceof TimelineReadError && /list\.json is not TimelineJS 3 JSON: expected an object with "events"/.test(e.message));
    assert.throws(() => timelineJsonToEvents({ slides: [] }), /not TimelineJS 3 JSON/);
  });

  test("round trip: events → a TimelineJS export → import gives the same events", () => {
    const original = timelineJsonToEvents(fixture(), { now: NOW }).events;
    const md = new MarkdownIt("zero", { html: false }).enable(["link", "autolink", "emphasis", "escape"]);
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const part = (d: string) => {
      const [year, month, day] = d.split("-");
      return { year: String(Number(year)), ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}) };
    };
    // What an export writes: HTML text, a sources line, escaped headline, the group label, the id as unique_id.
    const exported = {
      title: { text: { headline: "T", text: "<p>D</p>" } },
      events: original.map((e) => ({
        start_date: part(e.date.start),
        ...(e.date.end ? { end_date: part(e.date.end) } : {}),
        text: { headline: esc(e.headline), text: `<p>${md.renderInline(e.summary)}</p><p class="${EXPORT_SOURCES}">Source: <a href="https://x.example/sources/a/">A</a></p>` },
        ...(e.media ? { media: { url: e.media[0]!.src, credit: esc(e.media[0]!.credit ?? ""), caption: md.renderInline(e.media[0]!.caption ?? ""), ...(e.media[0]!.alt ? { alt: e.media[0]!.alt } : {}) } } : {}),
        ...(e.group ? { group: esc(esc(e.group === "city-council" ? "City council" : e.group[0]!.toUpperCase() + e.group.slice(1))) } : {}),
        display_date: "a label",
        unique_id: e.id,
      })),
    };
    const again = timelineJsonToEvents(exported, { now: NOW }).events;
    const same = (e: EventInput) => ({ id: e.id, status: e.status, date: e.date, headline: e.headline, summary: e.summary, media: e.media, group: e.group });
    assert.deepEqual(again.map(same), original.map(same));
  });
});
