/**
 * The exports for TimelineJS: /timelinejs.json (TimelineJS 3 JSON) and /events.csv
 * (the Google Sheets template), built in memory from a small dataset with every
 * kind of date, media, a group and an era; the same past `maxEventsPerFile`, when every
 * download is cut by period or holds the latest events; then the sample site's built files.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { exportEvent, exportIndex, exportPart } from "../../src/site/exports/events-json.ts";
import { icalendar, icalendarPart } from "../../src/site/exports/icalendar.ts";
import { csvField, csvFile } from "../../src/site/exports/csv.ts";
import { SHEET_COLUMNS, sheetCsv } from "../../src/site/exports/sheet-csv.ts";
import { timelineJsData, timelineJsPart, type TimelineJsData } from "../../src/site/exports/timelinejs.ts";
import { buildTimelines, type Timeline } from "../../src/site/timeline.ts";
import { loadDataset, type Dataset } from "../../src/validate/index.ts";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const events = [
  validEvent({
    id: "2020-03-29-day",
    headline: "<script>alert(1)</script> Team & supplies",
    summary: 'Arrived, says [Xinhua](https://www.xinhuanet.com/a?b=1&c=2); "quoted", and *late*.',
    group: "aid",
    translations: { "zh-Hans": { headline: "专家组抵达万象", summary: "据[新华社](https://www.xinhuanet.com/)报道。" } },
    media: [
      { src: "https://upload.example.org/team.jpg", alt: "The team at the airport", caption: "At *Wattay* airport, [map](https://www.openstreetmap.org/)", credit: "Photo: A & B", thumbnail: "https://upload.example.org/team-small.jpg" },
    ],
  }),
  validEvent({ id: "2020-03-27-range", date: { start: "2020-03-27", end: "2020-03-28", precision: "day" }, media: [{ src: "photos/team.jpg", alt: "Local photo", credit: "Newsroom" }] }),
  validEvent({ id: "2020-02-late", date: { start: "2020-02", precision: "month", qualifier: "late" } }),
  validEvent({ id: "2020-year", date: { start: "2020", precision: "year" } }),
  validEvent({ id: "2020-03-30-draft", status: "draft", date: { start: "2020-03-30", precision: "day" } }),
];

let timelines: Timeline[] = [];
let en: TimelineJsData;
let dataset: Dataset;
before(async () => {
  const fixture = makeFixture(events);
  mkdirSync(join(fixture.dir, "media/photos"), { recursive: true });
  fixture.write("media/photos/team.jpg", "not really a JPEG");
  fixture.write("groups.json", JSON.stringify({ groups: [{ id: "aid", label: { en: "Aid & <supplies>", "zh-Hans": "援助" } }] }));
  fixture.write("eras.json", JSON.stringify({ eras: [{ id: "first-wave", label: { en: "First wave", "zh-Hans": "第一波" }, start: "2020-01", end: "2020-03-31" }] }));
  const result = await loadDataset({ root: fixture.dir, data: fixture.dir });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  dataset = result.dataset;
  timelines = buildTimelines(result.dataset);
  en = timelineJsData(timelines[0]!);
});

describe("TimelineJS JSON", () => {
  test("has a title slide from the site's title and description", () => {
    const { title, description, url } = timelines[0]!.site;
    assert.equal(en.title.text.headline, title);
    assert.ok(en.title.text.text.includes(description) && en.title.text.text.includes(`href="${url}/"`));
  });

  test("has a slide per published event, in order, with its id and only the date parts its precision has", () => {
    const byId = Object.fromEntries(en.events.map((e) => [e.unique_id, e]));
    assert.deepEqual(en.events.map((e) => e.unique_id), ["2020-year", "2020-02-late", "2020-03-27-range", "2020-03-29-day"]);
    assert.deepEqual(byId["2020-year"]!.start_date, { year: "2020" });
    assert.deepEqual(byId["2020-02-late"]!.start_date, { year: "2020", month: "2" });
    assert.deepEqual(byId["2020-03-27-range"]!.start_date, { year: "2020", month: "3", day: "27" });
    assert.deepEqual(byId["2020-03-27-range"]!.end_date, { year: "2020", month: "3", day: "28" });
    assert.equal(byId["2020-03-29-day"]!.end_date, undefined);
  });

  test("keeps our date label, qualifier included, as display_date", () => {
    const labels = Object.fromEntries(en.events.map((e) => [e.unique_id, e.display_date]));
    assert.equal(labels["2020-02-late"], "late February 2020");
    assert.equal(labels["2020-03-27-range"], "27–28 March 2020");
  });

  test("writes headlines as escaped text and summaries as HTML, with the sources as a line", () => {
    const slide = en.events.find((e) => e.unique_id === "2020-03-29-day")!;
    assert.equal(slide.text.headline, "&lt;script&gt;alert(1)&lt;/script&gt; Team &amp; supplies");
    assert.equal(
      slide.text.text,
      '<p>Arrived, says <a href="https://www.xinhuanet.com/a?b=1&amp;c=2">Xinhua</a>; "quoted", and <em>late</em>.</p>' +
        '<p class="datelines-sources">Source: <a href="https://datelines.example.org/sources/doc/">Test document</a></p>',
    );
  });

  test("takes media from the first item when it is an https URL, and leaves local files out", () => {
    const [day, range] = ["2020-03-29-day", "2020-03-27-range"].map((id) => en.events.find((e) => e.unique_id === id)!);
    assert.deepEqual(day!.media, {
      url: "https://upload.example.org/team.jpg",
      caption: 'At <em>Wattay</em> airport, <a href="https://www.openstreetmap.org/">map</a>',
      credit: "Photo: A &amp; B",
      thumbnail: "https://upload.example.org/team-small.jpg",
      alt: "The team at the airport",
    });
    assert.equal(range!.media, undefined);
    const exported = exportEvent(timelines[0]!.events.find((e) => e.event.id === "2020-03-27-range")!);
    assert.deepEqual(exported.media, [{ src: "photos/team.jpg", alt: "Local photo", credit: "Newsroom", kind: "image" }], "/events.json keeps local media");
  });

  test("names the group in the page's language, escaped for TimelineJS's text-then-HTML handling", () => {
    assert.equal(en.events.find((e) => e.unique_id === "2020-03-29-day")!.group, "Aid &amp;amp; &amp;lt;supplies&amp;gt;");
    const zh = timelineJsData(timelines.find((t) => t.lang === "zh-Hans")!);
    const slide = zh.events.find((e) => e.unique_id === "2020-03-29-day")!;
    assert.equal(slide.group, "援助");
    assert.equal(slide.text.headline, "专家组抵达万象");
    assert.ok(slide.text.text.startsWith('<p>据<a href="https://www.xinhuanet.com/">新华社</a>报道。</p><p class="datelines-sources">来源：<a href="https://datelines.example.org/zh/sources/doc/">'), slide.text.text);
    assert.equal(zh.events.find((e) => e.unique_id === "2020-02-late")!.display_date, "2020年2月下旬");
    assert.deepEqual(zh.eras[0]!.text, { headline: "第一波" });
  });

  test("has the eras", () => {
    assert.deepEqual(en.eras, [{ start_date: { year: "2020", month: "1" }, end_date: { year: "2020", month: "3", day: "31" }, text: { headline: "First wave" } }]);
  });
});

describe("Sheets CSV", () => {
  test("quotes fields as RFC 4180 says", () => {
    assert.equal(csvField("plain text"), "plain text");
    assert.equal(csvField(""), "");
    assert.equal(csvField("a,b"), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField("two\nlines"), '"two\nlines"');
    assert.equal(csvField("cr\rhere"), '"cr\rhere"');
    assert.equal(csvFile(["A", "B"], [["1", "x,y"]]), '\uFEFFA,B\r\n1,"x,y"\r\n');
  });

  test("has the template's columns, a title row, a row per event and per era, and reads back to the same values", () => {
    const text = sheetCsv(en);
    assert.ok(text.startsWith("\uFEFFYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"));
    assert.ok(text.endsWith("\r\n"));
    assert.ok(!/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, "")), "a record ends in a bare LF");
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]!), [...SHEET_COLUMNS]);
    assert.deepEqual(rows.map((r) => r.Type), ["title", "", "", "", "", "era"]);
    assert.equal(rows[0]!.Headline, en.title.text.headline);
    en.events.forEach((slide, i) => {
      const row = rows[i + 1]!;
      assert.deepEqual(
        [row.Year, row.Month, row["End Day"], row["Display Date"], row.Headline, row.Text, row.Media, row["Media Caption"], row.Group],
        [slide.start_date!.year, slide.start_date!.month ?? "", slide.end_date?.day ?? "", slide.display_date, slide.text.headline, slide.text.text, slide.media?.url ?? "", slide.media?.caption ?? "", slide.group ?? ""],
      );
    });
    assert.deepEqual([rows[5]!.Year, rows[5]!.Month, rows[5]!["End Month"], rows[5]!["End Day"], rows[5]!.Headline], ["2020", "1", "3", "31", "First wave"]);
  });

  test("keeps Chinese, Arabic and Thai text intact", () => {
    for (const lang of ["zh-Hans", "ar", "th"]) {
      const data = timelineJsData(timelines.find((t) => t.lang === lang)!);
      const rows = parse(sheetCsv(data), { bom: true, columns: true }) as Record<string, string>[];
      assert.deepEqual(rows.filter((r) => r.Type === "").map((r) => r["Display Date"]), data.events.map((e) => e.display_date), lang);
    }
  });
});

describe("downloads past maxEventsPerFile", () => {
  /** The same data with at most `perFile` events to a file. */
  const capped = (perFile: number) => buildTimelines({ ...dataset, site: { ...dataset.site, timeline: { ...dataset.site.timeline, maxEventsPerFile: perFile } } })[0]!;

  test("/events.json is an index of parts: a year, the months of a longer year, numbered parts of a longer month; every event once, in order", () => {
    const whole = exportIndex(timelines[0]!);
    assert.deepEqual(whole.parts.map((p) => [p.period, p.url, p.count]), [["2020", "https://datelines.example.org/2020/events.json", 4]]);
    const t = capped(1);
    const index = exportIndex(t);
    assert.deepEqual(index.parts.map((p) => [p.period, p.label, new URL(p.url).pathname, p.count]), [
      ["2020", "2020, month unknown", "/2020/undated/events.json", 1],
      ["2020-02", "February 2020", "/2020/02/events.json", 1],
      ["2020-03", "March 2020 (page 1 of 2)", "/2020/03/events.json", 1],
      ["2020-03-2", "March 2020 (page 2 of 2)", "/2020/03/events-2.json", 1],
    ]);
    assert.equal(index.eventCount, 4);
    assert.equal(index.sources.length, 1, "the sources are in the index");
    const ids = t.fileParts.flatMap((part) => exportPart(part).events.map((e) => e.id));
    assert.deepEqual(ids, ["2020-year", "2020-02-late", "2020-03-27-range", "2020-03-29-day"]);
    assert.equal(exportPart(t.fileParts[0]!).index, "https://datelines.example.org/events.json");
  });

  test("/timelinejs.json and /events.csv hold the latest events and say where the others are; each part is a TimelineJS file of its own", () => {
    const t = capped(3);
    const data = timelineJsData(t);
    assert.deepEqual(data.events.map((e) => e.unique_id), ["2020-02-late", "2020-03-27-range", "2020-03-29-day"]);
    assert.match(data.title.text.text, /<p>This file holds the latest 3 of 4 events\. .* such as https:\/\/datelines\.example\.org\/2020\/03\/timelinejs\.json; https:\/\/datelines\.example\.org\/events\.json lists every period\.<\/p>$/);
    const rows = parse(sheetCsv(data), { bom: true, columns: true }) as Record<string, string>[];
    assert.match(rows[0]!.Text!, /the latest 3 of 4 events/);
    assert.deepEqual(t.fileParts.map((p) => p.key), ["2020", "2020-02", "2020-03"]);
    const part = timelineJsPart(t.fileParts[2]!);
    assert.deepEqual(part.events.map((e) => e.unique_id), ["2020-03-27-range", "2020-03-29-day"]);
    assert.match(part.title.text.headline, /· March 2020$/);
    assert.equal(part.eras.length, 1);
  });

  test("calendars hold the latest day-dated events and say where the others are", () => {
    const t = capped(1);
    const site = icalendar(t.feeds[0]!).replace(/\r\n /g, "");
    assert.deepEqual([...site.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]), ["2020-03-29-day@datelines.example.org"]);
    assert.match(site, /X-WR-CALDESC:.*This file holds the latest 1 of 2 events\..*\/2020\/03\/events-2\.ics/);
    const country = icalendar(t.feeds.find((f) => f.kind === "country")!).replace(/\r\n /g, "");
    assert.match(country, /X-WR-CALDESC:.*This calendar holds the latest 1 of 2 events with a stated day; all of them are at https:\/\/datelines\.example\.org\/countries\/cn\//);
    const parts = t.fileParts.map((p) => [...icalendarPart(p).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]));
    assert.deepEqual(parts, [[], [], ["2020-03-27-range@datelines.example.org"], ["2020-03-29-day@datelines.example.org"]]);
    const whole = icalendar(timelines[0]!.feeds[0]!);
    assert.doesNotMatch(whole, /latest/, "a calendar that holds every event says nothing of others");
  });
});

describe("the sample site's built exports", () => {
  const read = (file: string) => readFileSync(join(SITE, file), "utf8");
  test("/timelinejs.json and /events.csv list every event of /events.json", () => {
    const exported = readEventsExport<{ id: string; label: string }>(SITE);
    const tl = JSON.parse(read("timelinejs.json")) as TimelineJsData;
    assert.deepEqual(tl.events.map((e) => [e.unique_id, e.display_date]), exported.events.map((e) => [e.id, e.label]));
    const rows = parse(read("events.csv"), { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.filter((r) => r.Type === "").length, exported.events.length);
    for (const prefix of ["zh", "ar", "th"]) assert.equal((JSON.parse(read(`${prefix}/timelinejs.json`)) as TimelineJsData).events.length, exported.events.length);
  });
});
