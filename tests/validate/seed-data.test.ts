/** The committed dataset is valid, and every quote is the document's text at its offsets. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblem, loadDataset, type Dataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";

async function seed(): Promise<Dataset> {
  const result = await loadDataset({ root: ROOT });
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  return result.dataset;
}

test("every quote is verbatim in its document at its code-point offsets", async () => {
  const { events, documents } = await seed();
  let checked = 0;
  for (const event of events) {
    for (const c of event.citations) {
      const text = Array.from(documents.get(c.source)!);
      assert.equal(text.slice(c.start, c.end).join(""), c.quote, `${event.id} → ${c.source} ${c.start}–${c.end}`);
      checked++;
    }
  }
  assert.ok(checked >= events.length);
});

test("the dataset covers every source in all four languages", async () => {
  const { events, sources } = await seed();
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  assert.deepEqual(sources.map((s) => s.id).filter((id) => !cited.has(id)), [], "sources without events");
  const langs = new Set(events.flatMap((e) => e.citations.map((c) => c.lang.split("-")[0])));
  assert.deepEqual([...langs].sort(), ["ar", "en", "th", "zh"]);
});

test("events reported by several documents cite each of them once", async () => {
  const { events } = await seed();
  const corroborated = events.filter((e) => new Set(e.citations.map((c) => c.source)).size > 1);
  assert.ok(corroborated.length >= 1, "no event cites two documents");
  for (const e of corroborated) {
    const keys = e.citations.map((c) => `${c.source}:${c.start}`);
    assert.equal(new Set(keys).size, keys.length, `${e.id} cites the same passage twice`);
  }
});

test("ids begin with the date they are filed under", async () => {
  const { events } = await seed();
  for (const e of events) assert.ok(e.id.startsWith(e.date.start), `${e.id} does not start with ${e.date.start}`);
});
