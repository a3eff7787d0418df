/**
 * Loading the same data folder again with the last load's events files (`datelines serve`):
 * unchanged files are not parsed again, changed ones are, and nothing the full check would find
 * is missed: a problem in the changed file, a duplicate id against a file that was reused, a
 * document that changed under a reused file's quotes.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataset, type LoadResult } from "../../src/validate/index.ts";
import { UnchangedFiles } from "../../src/validate/unchanged-files.ts";
import { DOCUMENT, makeFixture, validEvent } from "../support/fixture.ts";

const ok = (result: LoadResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.dataset;
};

test("an unchanged events file is reused as it was; a changed one is read again", async () => {
  const fixture = makeFixture([validEvent({ id: "a-one" })]);
  fixture.writeEvents([validEvent({ id: "b-one" }), validEvent({ id: "b-two" })], "events/b.json");
  const unchanged = new UnchangedFiles();
  const load = async () => ok(await loadDataset({ root: fixture.dir, data: fixture.dir, unchanged }));

  const first = await load();
  const second = await load();
  assert.deepEqual(second.events.map((e) => e.id), ["b-one", "b-two", "a-one"]);
  for (const [i, event] of second.events.entries()) assert.equal(event, first.events[i], `${event.id} is the same object: not parsed again`);

  fixture.writeEvents([validEvent({ id: "b-one", headline: "A new headline" }), validEvent({ id: "b-two" })], "events/b.json");
  const third = await load();
  assert.equal(third.events.find((e) => e.id === "b-one")!.headline, "A new headline");
  assert.notEqual(third.events.find((e) => e.id === "b-two"), first.events[1], "the changed file's events are new");
  assert.equal(third.events.find((e) => e.id === "a-one"), first.events[2], "the other file's are reused");
});

test("a reused file still takes part in every check: a problem in the changed file, a duplicate id, a changed document", async () => {
  const fixture = makeFixture([validEvent({ id: "a-one" })]);
  fixture.writeEvents([validEvent({ id: "b-one" })], "events/b.json");
  const unchanged = new UnchangedFiles();
  const load = () => loadDataset({ root: fixture.dir, data: fixture.dir, unchanged });
  ok(await load());

  fixture.writeEvents([validEvent({ id: "b-one", date: { start: "2020-02-31", precision: "day" } })], "events/b.json");
  const broken = await load();
  assert.equal(broken.ok, false);
  assert.ok(!broken.ok && broken.problems.some((p) => p.file === "events/b.json" && p.field === "events[0].date.start"), JSON.stringify(!broken.ok && broken.problems));

  // A new file with the id of an event in a reused file: after it in name order, and before it.
  fixture.writeEvents([validEvent({ id: "b-one" })], "events/b.json");
  ok(await load());
  fixture.writeEvents([validEvent({ id: "b-one" })], "events/z.json");
  const after = await load();
  assert.ok(!after.ok && after.problems.some((p) => p.file === "events/z.json" && /"b-one" is already used by events\/b\.json:\d+/.test(p.message)), JSON.stringify(!after.ok && after.problems));
  fixture.writeEvents([], "events/z.json");
  ok(await load());
  fixture.writeEvents([validEvent({ id: "a-one" })], "events/c.json");
  const before = await load();
  assert.ok(!before.ok && before.problems.some((p) => p.file === "events/events.json" && /"a-one" is already used by events\/c\.json:\d+/.test(p.message)), JSON.stringify(!before.ok && before.problems));

  // The document the quotes are checked against changes: every file is checked again.
  fixture.writeEvents([], "events/c.json");
  ok(await load());
  fixture.write("documents/doc.txt", DOCUMENT.replace("专家组", "医疗队"));
  const moved = await load();
  assert.ok(!moved.ok && ["events/b.json", "events/events.json"].every((file) => moved.problems.some((p) => p.file === file)), "both files' quotes no longer match the document");
});
