/** Rows → events, groups, eras, the site title, the timeline document and the report. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Event, type Era, type Group } from "../../../src/schema/index.ts";
import { formatReport, readTimeline, rowsToEvents } from "../../../src/ingest/timelines/index.ts";
import { checkCitation } from "../../../src/validate/index.ts";
import { NOW, read } from "./support.ts";

const convert = async (name: string, options = {}) => rowsToEvents(await read(name), { now: NOW, lang: "en", ...options });
const csv = (rows: string[]) => readTimeline(Buffer.from(["Year,Month,Day,End Year,Headline,Text,Media,Media Credit,Group,Type", ...rows].join("\n")), "t.csv");

describe("rowsToEvents on the Aldmere Bridge timeline", () => {
  test("20 events that validate, each quoting its own row of the document at the right offsets", async () => {
    const c = await convert("aldmere-bridge.csv");
    assert.equal(c.events.length, 20);
    for (const event of c.events) {
      const parsed = Event.safeParse(event);
      assert.ok(parsed.success, `${event.id}: ${!parsed.success && parsed.error.message}`);
      const [citation] = parsed.data!.citations;
      assert.equal(checkCitation(citation!, c.document), undefined, event.id);
      assert.equal(citation!.source, "aldmere-bridge");
    }
    assert.equal(new Set(c.events.map((e) => e.id)).size, 20);
    const route9 = c.events.find((e) => e.id === "2023-06-route-9-buses-return-to-the-bridge")!;
    assert.equal(route9.citations[0]!.quote, "Route 9 buses return to the bridge", "no Text: the headline is quoted");
    assert.match(c.document, /\n  Headline as plain text: Route 9 buses return to the bridge\n/);
  });

  test("dates, summaries, media and groups as mapped", async () => {
    const c = await convert("aldmere-bridge.csv");
    const by = (id: string) => c.events.find((e) => e.id === id)!;
    assert.deepEqual(by("1931-aldmere-bridge-opens-to-traffic").date, { start: "1931", precision: "year" });
    assert.deepEqual(by("2019-09-23-engineers-report-recommends-replacement").date, { start: "2019-09-23", end: "2019-09-27", precision: "day" });
    assert.deepEqual(by("2022-09-arch-segments-floated-into-place").date, { start: "2022-09", end: "2022-10", precision: "month" });
    assert.equal(by("2020-01-public-consultation-on-the-new-design").summary, 'Residents rank three designs; option B\\_2, a "network arch", is first in 61% of 4,212 responses, rated on a 1\\*–5\\* scale.');
    assert.equal(by("2019-03-14-routine-inspection-finds-corrosion-in-the-main-truss").summary, "A state inspection finds section loss of up to 40% in two lower chord members. The [inspection summary](https://aldmere-courier.example/2019/03/28/bridge-inspection) was released two weeks later.");
    assert.equal(by("2021-04-12-first-pile-driven-for-the-new-bridge").headline, "First pile driven for the new bridge");
    assert.equal(by("2021-08-03-row-17").headline, "华人协会举办老桥图片展", "non-Latin headline: date and row number as id");
    assert.deepEqual(by("2019-09-23-engineers-report-recommends-replacement").media, [
      { src: "https://www.youtube.com/watch?v=Xq3vN8pLm2c", credit: "Aldmere Courier video", caption: "Engineers explain the findings" },
    ]);
    assert.equal(by("2020-07-06-ferry-service-returns-for-the-first-time-since-1931").media![0]!.src, "https://images.aldmere-courier.example/bridge/ferry.jpg");
    assert.equal(by("2023-courier-series-on-the-bridge-wins-a-regional-award").media, undefined, "embed code is no media item");
    assert.deepEqual(c.groups.map((g) => g.id), ["history", "engineering", "traffic", "city-council", "community"]);
    assert.deepEqual(c.groups[3], { id: "city-council", label: { en: "City council" } });
    assert.deepEqual(c.eras, [
      { id: "inspections-and-closure", label: { en: "Inspections and closure" }, start: "2019-03", end: "2020-06" },
      { id: "rebuilding", label: { en: "Rebuilding" }, start: "2020-11", end: "2023-05" },
    ]);
    assert.deepEqual(c.site, {
      title: "The Aldmere Bridge: closing and rebuilding a city's crossing",
      description: "How Port Aldmere lost its 1931 river crossing for three years, and what it took to build a new one. Compiled by the Aldmere Courier metro desk.",
    });
    assert.equal(c.source.kind, "timeline");
    assert.equal(c.source.title, c.site!.title);
    assert.deepEqual(c.source.published, { basis: "unknown" });
    assert.match(c.source.note!, /^Imported from aldmere-bridge\.csv with `datelines import` on 2026-11-24\./);
  });

  test("events whose media lack a credit or alt text come in as drafts, and the report says which field to fill", async () => {
    const c = await convert("aldmere-bridge.csv");
    const drafts = c.events.filter((e) => e.status === "draft").map((e) => e.id);
    assert.deepEqual(drafts, [
      "2019-03-14-routine-inspection-finds-corrosion-in-the-main-truss",
      "2019-10-08-council-votes-9-2-to-replace-the-bridge",
      "2020-06-30-bridge-closes-to-all-traffic",
      "2020-07-06-ferry-service-returns-for-the-first-time-since-1931",
      "2022-09-arch-segments-floated-into-place",
    ]);
    const row10 = c.report.rows.find((r) => r.label === "row 10")!;
    assert.match(row10.outcome, /^imported as 2019-10-08-council-votes-9-2-to-replace-the-bridge \(draft: cannot be published as it is\)$/);
    assert.ok(row10.todo.includes("media[0]: add a credit (who made it or holds the rights) before publishing"));
    assert.ok(row10.todo.includes('media[0]: add alt text (what the image shows), or set "decorative": true'));
    const reviewed = await convert("aldmere-bridge.csv", { status: "reviewed" });
    assert.ok(reviewed.events.every((e) => e.status === "reviewed"), "only publishing needs credit and alt");
  });

  test("nothing is dropped without a line: every row is reported and every cell is in the document", async () => {
    const input = await read("aldmere-bridge.csv");
    const c = rowsToEvents(input, { now: NOW });
    assert.deepEqual(c.report.rows.map((r) => r.label), input.rows.map((r) => `row ${r.number}`));
    for (const row of input.rows) for (const cell of row.cells) assert.ok(c.document.includes(cell.value.split("\n")[0]!), `${row.label} ${cell.column}`);
    const report = formatReport({ ...c.report, lines: [] });
    for (const line of [
      'Time "14:00" dropped: events hold calendar dates, not times (kept in the document)',
      'Display Date "Spring 2019" kept in the document only',
      'Background "#0b2545" kept in the document only',
      'Background "https://images.aldmere-courier.example/bridge/closed-sign…" kept in the document only',
      "date 2019-05 (month precision: no Day)",
      'Day "15" dropped: the end is only known to the month',
      "Media is not a link to a picture, video or page (embed code or text): Media, Media Credit kept in the document only",
      'Media "http://images.aldmere-courier.example/bridge/ferry.jpg" changed to https',
      "headline has no Latin letters or digits: id from the date and row 17",
      "cite the original reporting (the event only quotes the imported timeline); add countries and tags",
    ]) {
      assert.ok(report.includes(line), line);
    }
    assert.deepEqual(rowsToEvents(input, { now: NOW }), c, "deterministic");
  });
});

describe("rowsToEvents: ids, groups, eras and problems", () => {
  test("ids are unique against the dataset and within the file, and every change is reported", async () => {
    const input = await csv(["2020,1,2,,Same headline,One.", "2020,1,2,,Same headline,Two.", "2020,1,3,,Taken,Three."]);
    const c = rowsToEvents(input, { now: NOW, existing: { eventIds: ["2020-01-03-taken"] } });
    assert.deepEqual(c.events.map((e) => e.id), ["2020-01-02-same-headline", "2020-01-02-same-headline-2", "2020-01-03-taken-2"]);
    assert.ok(c.report.rows[1]!.mapped.includes("id 2020-01-02-same-headline is already used: this event is 2020-01-02-same-headline-2"));
  });

  test("existing groups are reused by id or label; eras already there are not repeated", async () => {
    const input = await csv(["2020,1,,,A,Text.,,,Traffic", "2020,2,,,B,Text.,,,Police & courts", "2019,,,2020,An era,,,,,era"]);
    const groups: Group[] = [{ id: "roads", label: { en: "Traffic" } as Group["label"] }];
    const eras: Era[] = [{ id: "an-era", label: { en: "An era" } as Era["label"], start: "2019", end: "2020" }];
    const c = rowsToEvents(input, { now: NOW, existing: { groups, eras } });
    assert.deepEqual(c.events.map((e) => e.group), ["roads", "police-and-courts"]);
    assert.deepEqual(c.groups, [{ id: "police-and-courts", label: { en: "Police & courts" } }]);
    assert.deepEqual(c.eras, []);
    assert.equal(c.report.rows[2]!.outcome, "era an-era (already in eras.json)");
  });

  test("bad rows are reported with their row and column, and the rest imports", async () => {
    const c = await convert("bad/month-13.csv");
    assert.equal(c.events.length, 1);
    const report = formatReport({ ...c.report, lines: [] });
    assert.match(report, /row 3 +not imported\n +problem: Month: "13" is not a month: write 1 to 12\n/);
    assert.match(report, /Not imported \(2\)[^\n]*\n  row 3: Month: "13" is not a month: write 1 to 12\n  row 4: Day: "32" is not a day of 2021-02 \(1–28\)\n/);
    for (const [file, line] of [
      ["bad/text-in-year.csv", 'row 3: Year: "circa 2019" is not a year'],
      ["bad/end-before-start.csv", "row 3: End Month: the end (2022-04-01) is before the start (2022-05-10)"],
      ["bad/missing-headline-text.csv", "row 3: Headline: is empty, and so is Text: an event needs a headline or a text"],
    ] as const) {
      const bad = await convert(file);
      assert.equal(bad.events.length, 1, file);
      assert.ok(formatReport({ ...bad.report, lines: [] }).includes(line), `${file}: ${line}`);
    }
  });

  test("script and event attributes never reach an event; what was removed is reported", async () => {
    const c = await convert("bad/html-script.csv");
    const [event] = c.events;
    assert.equal(event!.headline, "Bold headline");
    assert.equal(event!.summary, "Text with an image, a bad link, a [good link](https://example.org/ok) and \\*stars\\* and \\_underscores\\_.");
    assert.equal(event!.media![0]!.caption, "[Caption](https://example.org/caption)");
    assert.doesNotMatch(JSON.stringify({ ...event, citations: undefined }), /script|onerror|onclick|alert|iframe|cookie|javascript/);
    const mapped = c.report.rows[0]!.mapped;
    for (const note of ["Text: onclick attribute removed", "Text: <script> removed", "Text: <iframe> removed", "Headline: <script> removed", "Media Caption: <script> removed"]) {
      assert.ok(mapped.includes(note), note);
    }
  });

  test("a text over 2000 characters: the summary is cut at a sentence end, the quote too, the full text is in the document", async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of a long account of the night the bridge closed.`).join(" ");
    const c = rowsToEvents(await csv([`2020,6,30,,Long,"<p>${text}</p>"`]), { now: NOW });
    const [event] = c.events;
    assert.ok(event!.summary.length <= 2000 && event!.summary.endsWith("closed."));
    assert.ok(event!.citations[0]!.quote.length <= 2000 && text.startsWith(event!.citations[0]!.quote));
    assert.ok(c.document.includes(text));
    assert.ok(Event.safeParse(event).success);
    assert.ok(c.report.rows[0]!.mapped.includes(`Text is ${text.length} characters: the summary is cut at a sentence end to fit 2000 (the full text is in the document)`));
  });

  test("a title-only or era-only file imports no events", async () => {
    const c = rowsToEvents(await csv([",,,,My timeline,<p>About it.</p>,,,,title"]), { now: NOW });
    assert.equal(c.events.length, 0);
    assert.deepEqual(c.site, { title: "My timeline", description: "About it." });
    assert.equal(c.source.title, "My timeline");
    const untitled = rowsToEvents(await csv(["2020,1,,,A,Text."]), { now: NOW });
    assert.equal(untitled.source.title, "[t.csv]");
    assert.equal(untitled.site, undefined);
  });
});
