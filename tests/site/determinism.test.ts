/** Dates are calendar dates: the same data builds byte-identical sites in any time zone. */
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { test } from "node:test";
import { buildSite, digest } from "../support/build.ts";

// Los Angeles (UTC−8) and Bangkok (UTC+7) are 15 hours apart: a date read or written as an instant shifts between them.
test("builds under Los Angeles and Bangkok time are byte-identical", () => {
  const zones = ["America/Los_Angeles", "Asia/Bangkok"];
  const outputs = zones.map((TZ) => buildSite({ env: { TZ } }));
  try {
    const [reference, ...others] = outputs.map(digest);
    assert.ok(reference!.size > 10, "the build wrote almost nothing");
    others.forEach((other, i) => {
      const differing = [...reference!].filter(([f, h]) => other.get(f) !== h).map(([f]) => f);
      assert.deepEqual(differing, [], `files differ between ${zones[0]} and ${zones[i + 1]}`);
      assert.equal(other.size, reference!.size);
    });
  } finally {
    for (const dir of outputs) rmSync(dir, { recursive: true, force: true });
  }
});
