/** Chronological order: vaguer dates first within their period, stable for same-day events. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { EventsFile, type Event } from "../../src/schema/index.ts";
import { byDate, periodKey } from "../../src/site/chronology.ts";
import { validEvent } from "../support/fixture.ts";

function event(id: string, date: object): Event {
  return EventsFile.parse({ events: [validEvent({ id, date })] }).events[0]!;
}

test("events sort by what is known about their dates", () => {
  const shuffled = [
    event("z-as-of", { start: "2020-03-25", precision: "day", qualifier: "as-of" }),
    event("b-day", { start: "2020-03-25", precision: "day" }),
    event("a-day", { start: "2020-03-25", precision: "day" }),
    event("late-feb", { start: "2020-02", precision: "month", qualifier: "late" }),
    event("before", { start: "2020-03-25", precision: "day", qualifier: "before" }),
    event("feb", { start: "2020-02", precision: "month" }),
    event("year", { start: "2020", precision: "year" }),
    event("feb-20", { start: "2020-02-20", precision: "day" }),
    event("feb-21", { start: "2020-02-21", precision: "day" }),
    event("early-feb", { start: "2020-02", precision: "month", qualifier: "early" }),
    event("range", { start: "2020-03-24", end: "2020-03-26", precision: "day" }),
  ];
  assert.deepEqual(
    shuffled.sort(byDate).map((e) => e.id),
    ["year", "feb", "early-feb", "feb-20", "late-feb", "feb-21", "range", "before", "a-day", "b-day", "z-as-of"],
  );
});

test("the order does not depend on the input order", () => {
  const events = ["c", "a", "b"].map((id) => event(id, { start: "2020-03-01", precision: "day" }));
  const forward = [...events].sort(byDate).map((e) => e.id);
  const backward = [...events].reverse().sort(byDate).map((e) => e.id);
  assert.deepEqual(forward, backward);
});

test("events are filed under their month, or their year when the month is unknown", () => {
  assert.equal(periodKey(event("a", { start: "2020-03-29", precision: "day" })), "2020-03");
  assert.equal(periodKey(event("b", { start: "2020-03", precision: "month", qualifier: "late" })), "2020-03");
  assert.equal(periodKey(event("c", { start: "2020", precision: "year" })), "2020");
});
