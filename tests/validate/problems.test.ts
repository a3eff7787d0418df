/** Every kind of bad data is reported with its file, line, field and what to do. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { formatProblem, loadDataset, type Problem } from "../../src/validate/index.ts";
import { makeFixture, validEvent, type Fixture } from "../support/fixture.ts";

async function problemsOf(fixture: Fixture): Promise<Problem[]> {
  const result = await loadDataset({ root: fixture.dir, data: fixture.dir });
  assert.equal(result.ok, false, "expected the dataset to be rejected");
  return result.ok ? [] : result.problems;
}

/** Line (1-based) of the first line containing `needle` in the events file. */
function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

function eventsText(events: unknown[]): string {
  return `${JSON.stringify({ events }, null, 2)}\n`;
}

describe("validation problems", () => {
  test("a valid fixture loads", async () => {
    const f = makeFixture();
    const result = await loadDataset({ root: f.dir, data: f.dir });
    assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  });

  test("malformed JSON names the file and the line", async () => {
    const f = makeFixture();
    f.write("events/events.json", '{\n  "events": [\n    { "id": "x" \n    "status": "published" }\n  ]\n}\n');
    const [p, ...rest] = await problemsOf(f);
    assert.equal(rest.length, 0);
    assert.equal(p!.file, "events/events.json");
    assert.equal(p!.line, 4);
    assert.match(p!.message, /not valid JSON.*comma/i);
  });

  test("events written without { \"events\": [ … ] } around them: one problem that says to add it, not one per field", async () => {
    for (const [written, said] of [
      [validEvent(), /holds one event.*write \{ "events": \[ … \] \} around it/],
      [[validEvent()], /is a list.*write \{ "events": \[ … \] \} around it/],
    ] as const) {
      const f = makeFixture();
      f.write("events/events.json", JSON.stringify(written, null, 2));
      const [p, ...rest] = await problemsOf(f);
      assert.equal(rest.length, 0, rest.map(formatProblem).join("\n"));
      assert.equal(p!.file, "events/events.json");
      assert.match(p!.message, said);
    }
  });

  test("a value found where a word was expected is shown cut short", async () => {
    const f = makeFixture();
    f.writeEvents([validEvent({ headline: { text: "x".repeat(500) } })]);
    const [p] = await problemsOf(f);
    assert.match(p!.message, /must be a string \(found \{"text":"x+…\)$/);
    assert.ok(p!.message.length < 120, p!.message);
  });

  // `needle` finds the expected line in the file as written; a missing field is reported
  // at the object that lacks it.
  const cases: { name: string; event: Record<string, unknown>; field: string; needle: string; message: RegExp }[] = [
    {
      name: "an unknown field",
      event: validEvent({ headlnie: "typo" }),
      field: "events[0].headlnie",
      needle: '"headlnie"',
      message: /unknown field "headlnie"/,
    },
    {
      name: "a missing field",
      event: (({ summary: _drop, ...rest }) => rest)(validEvent()),
      field: "events[0].summary",
      needle: "    {",
      message: /is required/,
    },
    {
      name: "an impossible date",
      event: validEvent({ date: { start: "2020-02-30", precision: "day" } }),
      field: "events[0].date.start",
      needle: '"start": "2020-02-30"',
      message: /"2020-02-30" is not a real calendar date/,
    },
    {
      name: "an end before its start",
      event: validEvent({ date: { start: "2020-03-28", end: "2020-03-27", precision: "day" } }),
      field: "events[0].date.end",
      needle: '"end": "2020-03-27"',
      message: /must be after start \(2020-03-28\)/,
    },
    {
      name: "a precision that does not match the date",
      event: validEvent({ date: { start: "2020-02", precision: "day", qualifier: "late" } }),
      field: "events[0].date.start",
      needle: '"start": "2020-02"',
      message: /day precision/,
    },
    {
      name: "an unknown source id",
      event: validEvent({ citations: [{ ...(validEvent().citations as object[])[0], source: "nope" }] }),
      field: "events[0].citations[0].source",
      needle: '"source": "nope"',
      message: /unknown source "nope" \(known: doc\)/,
    },
    {
      name: "a quote that is not at its offsets",
      event: validEvent({ citations: [{ ...(validEvent().citations as object[])[0], start: 0, end: 10 }] }),
      field: "events[0].citations[0].start",
      needle: '"start": 0',
      message: /it is at 11–35: set "start": 11, "end": 35/,
    },
    {
      name: "a quote that is not in the document",
      event: validEvent({ citations: [{ ...(validEvent().citations as object[])[0], quote: "三月二十九日" }] }),
      field: "events[0].citations[0].quote",
      needle: '"quote": "三月二十九日"',
      message: /not in the document/,
    },
    {
      name: "an invalid country code",
      event: validEvent({ countries: ["LA", "XX"] }),
      field: "events[0].countries[1]",
      needle: '"XX"',
      message: /not an ISO 3166-1 alpha-2 country code/,
    },
    {
      name: "a code ISO 3166-1 reserves for another use",
      event: validEvent({ countries: ["LA", "UK"] }),
      field: "events[0].countries[1]",
      needle: '"UK"',
      message: /not an ISO 3166-1 alpha-2 country code; the United Kingdom is GB/,
    },
    {
      name: "a language tag used as a country",
      event: validEvent({ countries: ["lo"] }),
      field: "events[0].countries[0]",
      needle: '"lo"',
      message: /upper-case ISO 3166-1 alpha-2/,
    },
    {
      name: "a bidi override character",
      event: validEvent({ headline: "Team \u202Esevirra" }),
      field: "events[0].headline",
      needle: '"headline"',
      message: /bidi-override/,
    },
  ];

  for (const c of cases) {
    test(`${c.name} is reported at its field and line`, async () => {
      const f = makeFixture([c.event]);
      const problems = await problemsOf(f);
      const p = problems.find((x) => x.field === c.field);
      assert.ok(p, `no problem at ${c.field}; got:\n${problems.map(formatProblem).join("\n")}`);
      assert.equal(p.file, "events/events.json");
      assert.equal(p.line, lineOf(eventsText([c.event]), c.needle));
      assert.match(p.message, c.message);
      assert.match(formatProblem(p), new RegExp(`^events/events\\.json:${p.line}:\\d+ ${c.field.replace(/[[\].]/g, "\\$&")}: `));
    });
  }

  test("duplicate ids name both places", async () => {
    const f = makeFixture();
    f.writeEvents([validEvent()], "events/second.json");
    const problems = await problemsOf(f);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.file, "events/second.json");
    assert.match(problems[0]!.message, /already used by events\/events\.json:3; ids \(and so permalinks/);
  });

  test("a source in no language is told so, not each quote from it", async () => {
    const f = makeFixture();
    const sources = JSON.parse(readFileSync(join(f.dir, "sources.json"), "utf8"));
    sources.sources[0].lang = "xx";
    f.write("sources.json", JSON.stringify(sources, null, 2));
    const problems = await problemsOf(f);
    assert.deepEqual(problems.map((p) => p.field), ["sources[0].lang"], problems.map(formatProblem).join("\n"));
    assert.match(problems[0]!.message, /"xx" is no language's code; use the language's BCP 47 tag/);
  });

  test("a source whose document is missing", async () => {
    const f = makeFixture();
    f.write("sources.json", JSON.stringify({ sources: [{ id: "doc", file: "gone.txt", title: "T", lang: "en", published: { basis: "unknown" } }] }, null, 2));
    const problems = await problemsOf(f);
    const p = problems.find((x) => x.field === "sources[0].file");
    assert.ok(p);
    assert.match(p.message, /documents\/gone\.txt does not exist/);
  });

  test("site.json: a wrong extraction policy names the line, the field and the values it takes, and only that", async () => {
    // A translation is checked against site.json's languages: unknown while site.json is invalid, so not flagged.
    const f = makeFixture([validEvent({ translations: { "zh-Hans": { headline: "专家组抵达万象" } } })]);
    const site = JSON.parse(readFileSync(join(f.dir, "site.json"), "utf8"));
    const text = JSON.stringify({ ...site, extraction: { vague: "yes" } }, null, 2);
    f.write("site.json", text);
    const [p, ...rest] = await problemsOf(f);
    assert.equal(rest.length, 0);
    assert.equal(formatProblem(p!), `site.json:${lineOf(text, '"vague"')}:5 extraction.vague: must be true or false (found "yes")`);
  });

  test("every problem is reported at once, across files", async () => {
    const f = makeFixture([validEvent({ countries: ["XX"] }), validEvent({ id: "b", date: { start: "2020-13", precision: "month" } })]);
    f.write("events/broken.json", "{ not json");
    f.write("site.json", JSON.stringify({ title: "T" }));
    const problems = await problemsOf(f);
    const files = new Set(problems.map((p) => p.file));
    assert.deepEqual([...files].sort(), ["events/broken.json", "events/events.json", "site.json"]);
    assert.ok(problems.length >= 5, problems.map(formatProblem).join("\n"));
  });
});
