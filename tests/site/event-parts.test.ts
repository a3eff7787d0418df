/**
 * A partial showing one event alike on every page is rendered once per event view and variant
 * (event-parts.ts), again when serving puts a newer record into the view, and never shared
 * between events or variants; a build's next run (a part of a language) starts with none of them.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventPart } from "../../src/site/event-parts.ts";
import { forgetViewMemos } from "../../src/site/view-memo.ts";
import type { EventView } from "../../src/site/views.ts";

test("rendered once per view and variant; again for a newer record", () => {
  const calls: string[] = [];
  const env = { render: (name: string, context: object) => (calls.push(name), `${name} ${JSON.stringify(context, (k, v) => (k === "timeline" ? undefined : v))}`) };
  const view = (id: string) => ({ event: { id }, headline: id, timeline: {} }) as unknown as EventView;
  const [a, b] = [view("a"), view("b")];
  const first = eventPart(env, a, "partials/x.njk", { full: true });
  assert.equal(eventPart(env, a, "partials/x.njk", { full: true }), first);
  assert.equal(calls.length, 1, "the second page takes what the first made");
  assert.notEqual(eventPart(env, a, "partials/x.njk", { full: false }), first, "another variant");
  assert.notEqual(eventPart(env, b, "partials/x.njk", { full: true }), first, "another event");
  assert.notEqual(eventPart(env, a, "partials/y.njk", { full: true }), first, "another partial");
  assert.equal(calls.length, 4);
  Object.assign(a, { event: { id: "a" }, headline: "a, written again" });
  assert.match(eventPart(env, a, "partials/x.njk", { full: true }), /a, written again/, "a patched view is rendered again");
  assert.equal(calls.length, 5);
});

test("a new run renders again what the last run made", () => {
  let calls = 0;
  const env = { render: () => `made ${++calls}` };
  const view = { event: { id: "a" }, timeline: {} } as unknown as EventView;
  assert.equal(eventPart(env, view, "partials/x.njk"), "made 1");
  assert.equal(eventPart(env, view, "partials/x.njk"), "made 1");
  forgetViewMemos();
  assert.equal(eventPart(env, view, "partials/x.njk"), "made 2", "nothing of the last run is kept");
});
