/** Minimal JSON edits: only what changed is rewritten, in the file's own layout and key order. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { editJson, formattingOf } from "../../src/desk/json-edit.ts";

const FILE = `{
  "events": [
    {
      "id": "a",
      "date": { "start": "2020-03-29", "precision": "day" },
      "headline": "Old headline",
      "tags": ["x", "y", "z"],
      "added": "2026-11-23T09:00:00Z"
    },
    {
      "id": "b",
      "headline": "Untouched",   "tags": []
    }
  ]
}
`;

const parsed = () => JSON.parse(FILE).events[0] as Record<string, unknown>;

describe("minimal JSON edits", () => {
  test("a changed value rewrites that value only; every other byte stays", () => {
    const after = editJson(FILE, ["events", 0], parsed(), { ...parsed(), headline: "New headline" });
    assert.equal(after, FILE.replace("Old headline", "New headline"));
  });

  test("a nested change keeps the one-line object's layout around it", () => {
    const event = parsed();
    const after = editJson(FILE, ["events", 0], event, { ...event, date: { start: "2020-03-30", precision: "day" } });
    assert.equal(after, FILE.replace('"start": "2020-03-29"', '"start": "2020-03-30"'));
  });

  test("a new key goes where the new value puts it, not at the end", () => {
    const event = parsed();
    const { id, date, headline, tags, added } = event;
    const after = editJson(FILE, ["events", 0], event, { id, date, headline, summary: "Added", tags, added });
    const value = JSON.parse(after).events[0];
    assert.deepEqual(Object.keys(value), ["id", "date", "headline", "summary", "tags", "added"]);
    assert.ok(after.includes('      "headline": "Old headline",\n      "summary": "Added",\n      "tags"'), after);
    assert.ok(after.includes('"headline": "Untouched",   "tags": []'), "the other event keeps its odd spacing");
  });

  test("an item taken out of a list removes that item only; a removed key disappears", () => {
    const event = parsed();
    const { added: _, ...rest } = event;
    const after = editJson(FILE, ["events", 0], event, { ...rest, tags: ["x", "z"] });
    const value = JSON.parse(after).events[0];
    assert.deepEqual(value.tags, ["x", "z"]);
    assert.equal(value.added, undefined);
    assert.equal(JSON.parse(after).events[1].headline, "Untouched");
  });

  test("an appended event is indented like the file (tabs here)", () => {
    const tabbed = '{\n\t"events": [\n\t\t{\n\t\t\t"id": "a"\n\t\t}\n\t]\n}\n';
    assert.deepEqual(formattingOf(tabbed), { insertSpaces: false, tabSize: 1, eol: "\n" });
    const after = editJson(tabbed, ["events"], [{ id: "a" }], [{ id: "a" }, { id: "b" }]);
    assert.ok(after.startsWith('{\n\t"events": [\n\t\t{\n\t\t\t"id": "a"\n\t\t},\n\t\t{\n\t\t\t"id": "b"\n\t\t}'), after);
  });
});
