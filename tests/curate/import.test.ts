/** `datelines import`, end to end on a temporary copy of a dataset. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ImportError, importCommand, importTimeline } from "../../src/curate/import.ts";
import { validatePlanned, writePlanned } from "../../src/curate/import-files.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";
import { tempFolder } from "../support/temp.ts";

const NOW = new Date("2026-11-24T10:30:00Z");
const FIXTURES = join(ROOT, "tests/ingest/timelines/fixtures");
const fixture = (name: string) => join(FIXTURES, name);

/** Every file in the data folder, path → text. */
function snapshot(data: string, dir = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(data, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, snapshot(data, path));
    else out[path] = readFileSync(join(data, path), "utf8");
  }
  return out;
}

describe("importTimeline", () => {
  test("writes the source, its document, the events, groups, eras and the site title; the result validates", async () => {
    const fx = makeCurateFixture();
    const siteBefore = fx.read("site.json");
    const result = await importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.csv"), now: NOW });
    assert.equal(result.code, 0, result.report);
    assert.deepEqual(result.written.sort(), ["documents/aldmere-bridge.txt", "eras.json", "events/aldmere-bridge.json", "groups.json", "site.json", "sources.json"]);

    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const { dataset } = loaded;
    const source = dataset.sources.find((s) => s.id === "aldmere-bridge")!;
    assert.equal(source.kind, "timeline");
    assert.equal(dataset.events.filter((e) => e.citations[0]!.source === "aldmere-bridge").length, 20);
    assert.deepEqual(dataset.groups.map((g) => g.id), ["history", "engineering", "traffic", "city-council", "community"]);
    assert.deepEqual(dataset.eras.map((e) => e.id), ["inspections-and-closure", "rebuilding"]);
    assert.equal(dataset.site.title, "The Aldmere Bridge: closing and rebuilding a city's crossing");

    // site.json: only title and description changed, formatting kept; the report shows the old values.
    const siteAfter = fx.read("site.json");
    const unchanged = (text: string) => text.replace(/"(title|description)": "[^"]*"/g, "");
    assert.equal(unchanged(siteAfter.split('"languages"')[0]!), unchanged(siteBefore.split('"languages"')[0]!));
    assert.equal(siteAfter.split('"languages"')[1], siteBefore.split('"languages"')[1]);
    const oldTitle = JSON.parse(siteBefore).title as string;
    assert.ok(result.report.includes(`(was "${oldTitle}")`), "old title in the report");
    assert.match(result.report, /^import of aldmere-bridge\.csv \(CSV\)\n20 events imported, 0 rows not imported\n/);
    assert.match(fx.read("events/aldmere-bridge.json"), /^\{\n  "\$schema": "\.\.\/\.\.\/src\/schema\/generated\/events\.schema\.json",\n  "events": \[/);
    assert.equal(JSON.parse(fx.read("groups.json")).$schema, "../src/schema/generated/groups.schema.json");
  });

  test("the same file again is refused; another timeline reuses the groups and gets its own ids", async () => {
    const fx = makeCurateFixture();
    await importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.csv"), now: NOW });
    const before = snapshot(fx.data);
    await assert.rejects(
      importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.csv"), now: NOW }),
      (e: Error) => e instanceof ImportError && e.code === 1 && /aldmere-bridge\.csv was already imported as source "aldmere-bridge"/.test(e.message),
    );
    assert.deepEqual(snapshot(fx.data), before, "nothing written");

    const xlsx = await importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.xlsx"), now: NOW });
    assert.equal(xlsx.code, 0, xlsx.report);
    assert.ok(existsSync(join(fx.data, "events", "aldmere-bridge-2.json")), "a second source id, never an overwrite");
    assert.match(xlsx.report, /id 1931-aldmere-bridge-opens-to-traffic is already used: this event is 1931-aldmere-bridge-opens-to-traffic-2/);
    assert.match(xlsx.report, /group "Traffic" → traffic \(already in groups\.json\)/);
    assert.match(xlsx.report, /era inspections-and-closure \(already in eras\.json\)/);
    assert.doesNotMatch(xlsx.report, /groups\.json:|eras\.json:|site\.json:/, "nothing new to add there");
    assert.ok((await loadDataset({ root: ROOT, data: fx.data })).ok);
  });

  test("--dry-run reports and writes nothing; --status sets the status of events that can have it", async () => {
    const fx = makeCurateFixture();
    const before = snapshot(fx.data);
    const dry = await importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.json"), dryRun: true, status: "reviewed", now: NOW });
    assert.equal(dry.code, 0);
    assert.deepEqual(dry.written, []);
    assert.match(dry.report, /^Dry run \(nothing written\): import of aldmere-bridge\.json \(JSON\)/);
    assert.match(dry.report, /events\/aldmere-bridge\.json: 20 events \(20 reviewed\)/);
    assert.deepEqual(snapshot(fx.data), before);
    await assert.rejects(importTimeline({ root: ROOT, data: fx.data, file: fixture("aldmere-bridge.json"), status: "final" as never }), (e: Error) => e instanceof ImportError && e.code === 2);
  });

  test("rows with problems are reported and the rest imports; a file with nothing importable writes nothing", async () => {
    const fx = makeCurateFixture();
    const month = await importTimeline({ root: ROOT, data: fx.data, file: fixture("bad/month-13.csv"), now: NOW });
    assert.equal(month.code, 0);
    assert.match(month.report, /1 event imported, 2 rows not imported/);
    assert.match(month.report, /row 3: Month: "13" is not a month/);
    const before = snapshot(fx.data);
    writeFileSync(join(fx.data, "only-bad.csv"), "Year,Month,Headline,Text\n2020,13,A,B\n");
    const none = await importTimeline({ root: ROOT, data: fx.data, file: join(fx.data, "only-bad.csv"), now: NOW });
    assert.equal(none.code, 1);
    assert.match(none.report, /Nothing was written: no row could be imported as an event/);
    const after = snapshot(fx.data);
    delete after["only-bad.csv"];
    assert.deepEqual(after, before);
    for (const [name, pattern] of [
      ["bad/empty.csv", /empty\.csv is empty: nothing to import/],
      ["bad/not-timeline.csv", /is not a TimelineJS sheet: its columns are "Date", "Event", "Notes"/],
      ["bad/latin1.csv", /latin1\.csv is not UTF-8 text \(byte 0xE9 at line 2, column 32\)/],
    ] as const) {
      await assert.rejects(importTimeline({ root: ROOT, data: fx.data, file: fixture(name) }), (e: Error) => e instanceof ImportError && e.code === 1 && pattern.test(e.message), name);
    }
  });

  test("files are validated as the build would before anything is written, and written all or nothing", async () => {
    const fx = makeCurateFixture();
    const problems = await validatePlanned(ROOT, fx.data, [{ path: "events/extra.json", text: '{"events": [{"id": "x"}]}', create: true }]);
    assert.ok(problems.length > 0 && problems.every((p) => p.includes("events/extra.json")), problems.join("\n"));
    assert.ok(!existsSync(join(fx.data, "events", "extra.json")));

    const sources = fx.read("sources.json");
    await assert.rejects(
      writePlanned(fx.data, [
        { path: "sources.json", text: "{}", create: false },
        { path: "events/2020-03.json", text: "{}", create: true }, // exists: never overwritten
      ]),
      /EEXIST/,
    );
    assert.equal(fx.read("sources.json"), sources, "the replaced file is put back");
  });
});

describe("datelines import (CLI)", () => {
  /** importCommand in this process: its exit code, stdout and stderr. */
  async function command(data: string, args: Parameters<typeof importCommand>[0]) {
    const out: string[] = [];
    const err: string[] = [];
    const { write } = process.stdout;
    const { error } = console;
    const saved = process.env.DATELINES_DATA;
    process.env.DATELINES_DATA = data;
    process.stdout.write = ((chunk: string) => out.push(chunk) > 0) as typeof process.stdout.write;
    console.error = (...parts: unknown[]) => void err.push(parts.join(" "));
    try {
      const code = await importCommand(args);
      return { code, stdout: out.join(""), stderr: err.join("\n") };
    } finally {
      process.stdout.write = write;
      console.error = error;
      if (saved === undefined) delete process.env.DATELINES_DATA;
      else process.env.DATELINES_DATA = saved;
    }
  }

  test("exit codes: 0 imported (with row problems), 1 not a timeline or nothing importable, 2 usage", async () => {
    const fx = makeCurateFixture();
    assert.equal((await command(fx.data, {})).code, 2);
    assert.equal((await command(fx.data, { file: join(FIXTURES, "make-fixtures.ts") })).code, 2);
    assert.equal((await command(fx.data, { file: fixture("bad/empty.csv") })).code, 1);
    const wrong = await command(fx.data, { file: fixture("bad/not-timeline.csv") });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /Expected the columns of TimelineJS's Google Sheets template/);
    assert.equal((await command(fx.data, { file: fixture("aldmere-bridge.csv"), status: "final" })).code, 2);
  });

  test("`datelines import FILE --report F`: the report on stdout and in F", () => {
    const fx = makeCurateFixture();
    const reportFile = join(tempFolder("import-report"), "report.txt");
    const run = spawnSync(process.execPath, [join(ROOT, "src/cli/bin.mjs"), "import", fixture("bad/end-before-start.csv"), "--report", reportFile], {
      cwd: ROOT,
      env: { ...process.env, DATELINES_DATA: fx.data },
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /row 3: End Month: the end \(2022-04-01\) is before the start \(2022-05-10\)/);
    assert.equal(readFileSync(reportFile, "utf8"), run.stdout);
  });
});
