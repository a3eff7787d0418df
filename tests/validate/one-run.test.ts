/** Every real problem is reported once, all in one run (a schema error never hides another check). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataset, type Problem } from "../../src/validate/index.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

async function problemsOf(dir: string): Promise<Problem[]> {
  const result = await loadDataset({ root: dir, data: dir });
  assert.equal(result.ok, false, "expected the dataset to be rejected");
  return result.ok ? [] : result.problems;
}

describe("every problem in one run", () => {
  test("a schema error in an events file does not hide its quote offsets or duplicate ids", async () => {
    const good = validEvent();
    const citation = (good.citations as Record<string, unknown>[])[0]!;
    const f = makeFixture([
      validEvent({ date: { start: "2020-3-29", precision: "day" } }), // schema error
      validEvent({ id: "second", citations: [{ ...citation, start: 0, end: 23 }] }), // wrong offsets
      validEvent({ id: "second", headline: "Same id again" }), // duplicate id
      validEvent({ id: "fourth", status: "publish", citations: [{ ...citation, start: 1, end: 24 }] }), // schema error + wrong offsets
    ]);
    const problems = await problemsOf(f.dir);
    const fields = problems.map((p) => p.field);
    assert.ok(fields.includes("events[0].date.start"), "the date error");
    assert.ok(fields.includes("events[1].citations[0].start"), "the wrong offsets next to a valid event");
    assert.ok(fields.includes("events[2].id"), "the duplicate id");
    assert.ok(fields.includes("events[3].status"), "the bad status");
    assert.ok(fields.includes("events[3].citations[0].start"), "the wrong offsets in an event that also has a schema error");
    assert.equal(problems.length, 5, problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
  });

  test("a date near the right form gets one message with the exact fix", async () => {
    const f = makeFixture([validEvent({ date: { start: "2020-4-25", precision: "day" } })]);
    const problems = await problemsOf(f.dir);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join("\n"));
    assert.match(problems[0]!.message, /use "2020-04-25"/);
    const g = makeFixture([validEvent({ date: { start: "2021-02-29", precision: "day" } })]);
    assert.match((await problemsOf(g.dir))[0]!.message, /not a real calendar date \(February 2021 has 28 days\)/);
  });

  test("an error in sources.json is reported once, not as an unknown source per citation", async () => {
    const f = makeFixture([validEvent(), validEvent({ id: "two" }), validEvent({ id: "three" })]);
    f.write(
      "sources.json",
      JSON.stringify({ sources: [{ id: "doc", file: "doc.txt", title: "Test", lang: "zh-Hans", published: { basis: "dateline" } }] }, null, 2),
    );
    const problems = await problemsOf(f.dir);
    assert.deepEqual(
      problems.map((p) => p.field),
      ["sources[0].published.date", "sources[0].published.evidence"],
      problems.map((p) => p.message).join("\n"),
    );
    assert.ok(!problems.some((p) => /unknown source/.test(p.message)));
  });

  test("an unreadable sources.json yields one problem and no unknown-source lines", async () => {
    const f = makeFixture([validEvent(), validEvent({ id: "two" })]);
    f.write("sources.json", '{ "sources": [ { "id": "doc", } ] }');
    const problems = await problemsOf(f.dir);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join("\n"));
    assert.equal(problems[0]!.file, "sources.json");
  });

  test("a citation of a source nobody declared is still an unknown source", async () => {
    const good = validEvent();
    const citation = (good.citations as Record<string, unknown>[])[0]!;
    const f = makeFixture([validEvent({ citations: [{ ...citation, source: "nowhere" }] })]);
    const [p, ...rest] = await problemsOf(f.dir);
    assert.equal(rest.length, 0);
    assert.match(p!.message, /unknown source "nowhere" \(known: doc\)/);
  });
});

describe("data the site cannot honestly publish", () => {
  test("a translation for a language the site does not publish", async () => {
    const f = makeFixture([validEvent({ translations: { fr: { headline: "Arrivée de l'équipe" } } })]);
    const [p, ...rest] = await problemsOf(f.dir);
    assert.equal(rest.length, 0);
    assert.equal(p!.field, "events[0].translations.fr");
    assert.match(p!.message, /does not publish "fr".*zh-Hans/);
  });

  test("a Thai translation that gives a Gregorian year where the date labels show the Buddhist Era", async () => {
    const th = { headline: "คณะผู้เชี่ยวชาญจีนถึงเวียงจันทน์", summary: "เมื่อวันที่ 29 มีนาคม 2020 คณะผู้เชี่ยวชาญถึงลาว ค.ศ. 2020 ไวรัสโคโรนา 2019 ปลายเดือนมีนาคม 2563" };
    const f = makeFixture([validEvent({ translations: { th, "zh-Hans": { headline: "2020年3月29日专家组抵达万象" } } })]);
    const [p, ...rest] = await problemsOf(f.dir);
    assert.equal(rest.length, 0, rest.map((r) => r.message).join("\n"));
    assert.equal(p!.field, "events[0].translations.th.summary");
    assert.match(p!.message, /"มีนาคม 2020" gives the Gregorian year.*write "มีนาคม 2563"/);
  });

  test("a citation whose language is not its source's", async () => {
    const event = validEvent();
    const citation = (event.citations as Record<string, unknown>[])[0]!;
    const f = makeFixture([validEvent({ citations: [{ ...citation, lang: "en" }] })]);
    const [p, ...rest] = await problemsOf(f.dir);
    assert.equal(rest.length, 0);
    assert.equal(p!.field, "events[0].citations[0].lang");
    assert.match(p!.message, /source "doc" is in "zh-Hans"/);
  });

  test("added or updated in the future", async () => {
    const f = makeFixture([validEvent({ added: "2026-11-23T09:00:00Z", updated: "2031-01-01T00:00:00Z" })]);
    const result = await loadDataset({ root: f.dir, data: f.dir, now: Date.parse("2026-12-04T12:00:00Z") });
    assert.ok(!result.ok);
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.field), ["events[0].updated"]);
    const ok = await loadDataset({ root: f.dir, data: f.dir, now: Date.parse("2031-01-02T00:00:00Z") });
    assert.ok(ok.ok);
  });
});

describe("a quote not found verbatim", () => {
  const DOC = "He said: “China’s team arrived on 29 March.”\nThe second  team left\non 3 April after training 200 doctors.";
  // The fixture's source evidence is not in this document either: only the quote's problem matters here.
  const quoteProblem = (problems: Problem[]) => problems.find((p) => p.field === "events[0].citations[0].quote");
  const withQuote = (quote: string) => {
    const f = makeFixture([validEvent({ citations: [{ source: "doc", quote, lang: "zh-Hans", start: 0, end: 5 }] })]);
    f.write("documents/doc.txt", DOC);
    return f;
  };

  test("straight vs curly quotes: the passage, its offsets and the kind of difference", async () => {
    const p = quoteProblem(await problemsOf(withQuote("“China's team arrived on 29 March.”").dir));
    assert.equal(p!.field, "events[0].citations[0].quote");
    assert.match(p!.message, /closest passage is at 9–44 .*quote marks or apostrophes.*"start": 9, "end": 44/);
  });

  test("a line break and a changed word", async () => {
    const p = quoteProblem(await problemsOf(withQuote("team left on 4 April after training 200 doctors").dir));
    assert.match(p!.message, /spaces or line breaks/);
    assert.match(p!.message, /the quote has "4", the document has "3"/);
  });

  test("text that is nowhere near: copy it verbatim", async () => {
    const p = quoteProblem(await problemsOf(withQuote("nothing like this appears").dir));
    assert.match(p!.message, /is not in the document: copy it verbatim/);
  });
});

describe("placeholders", () => {
  test("a published event with the promote template's TODO headline is refused, naming the field", async () => {
    const f = makeFixture([
      validEvent({ headline: "TODO: headline (from draft d-1234 of doc)", translations: { th: { headline: "TODO แปล" } } }),
      validEvent({ id: "draft-one", status: "draft", headline: "TODO: headline (from draft d-9 of doc)" }),
    ]);
    const problems = await problemsOf(f.dir);
    assert.deepEqual(problems.map((p) => p.field), ["events[0].headline", "events[0].translations.th.headline"]);
    assert.match(problems[0]!.message, /placeholder .*before publishing, or keep status "draft"/);
  });
});

describe("publication evidence", () => {
  const withEvidence = (published: Record<string, unknown>) => {
    const f = makeFixture();
    f.write("sources.json", JSON.stringify({ sources: [{ id: "doc", file: "doc.txt", title: "Test", lang: "zh-Hans", published }] }, null, 2));
    return f;
  };

  test("evidence that is not in the document is named, with the closest passage", async () => {
    const problems = await problemsOf(withEvidence({ date: "2020-03-05", basis: "dateline", evidence: "新华社开罗3月6日电" }).dir);
    assert.deepEqual(problems.map((p) => p.field), ["sources[0].published.evidence"]);
    assert.match(problems[0]!.message, /is not in documents\/doc\.txt \(closest: "新华社开罗3月5日电".*evidenceFrom/);
  });

  test("evidence from the page's metadata is marked as such and not looked for in the text", async () => {
    const f = withEvidence({ date: "2020-03-05", basis: "page-date", evidence: "article:published_time=2020-03-05T10:00:00+08:00", evidenceFrom: "metadata" });
    const result = await loadDataset({ root: f.dir, data: f.dir });
    assert.ok(result.ok, result.ok ? "" : result.problems.map((p) => p.message).join("\n"));
  });
});

describe("named lists", () => {
  test("a group or era id used twice is refused", async () => {
    const f = makeFixture();
    f.write("groups.json", JSON.stringify({ groups: [{ id: "aid", label: { en: "Aid" } }, { id: "aid", label: { en: "Aid again" } }] }));
    f.write("eras.json", JSON.stringify({ eras: [{ id: "wave", label: { en: "Wave" }, start: "2020", end: "2020" }, { id: "wave", label: { en: "Wave" }, start: "2021", end: "2021" }] }));
    const problems = await problemsOf(f.dir);
    assert.deepEqual(problems.map((p) => p.field).sort(), ["eras", "groups"]);
    assert.ok(problems.every((p) => /twice: ids must be unique/.test(p.message)));
  });
});
