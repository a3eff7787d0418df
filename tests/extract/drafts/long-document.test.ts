/**
 * A ~1 MB Thai and Chinese document gets its drafts in a few seconds under a 512 MB heap.
 * Intl.Segmenter over the whole text used to grow past 4 GB and crash (each segment holds
 * the whole input on Node 20); the work runs in a child process so its memory is its own.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./long-document.child.ts", import.meta.url));

test("drafts for a 1 MB Thai and Chinese document: under 512 MB of heap, in a few seconds", () => {
  const out = execFileSync(process.execPath, ["--max-old-space-size=512", "--import", "tsx", CHILD], { encoding: "utf8", timeout: 60_000 });
  const r = JSON.parse(out) as Record<string, number>;
  assert.ok(r.bytes! >= 1_000_000, `${r.bytes} bytes`);
  assert.ok(r.mentions! > 2_000 && r.drafts === r.mentions, `${r.mentions} mentions, ${r.drafts} drafts`);
  assert.ok(r.withCountries! > 1_000, "countries are found in the evidence");
  assert.ok(r.longestEvidence! < 400, `evidence stays a clause, not a whole line (${r.longestEvidence} code points)`);
  assert.ok(r.seconds! < 12, `${r.seconds!.toFixed(1)} s`);
  assert.ok(r.heapGrowthMB! < 150, `heap grew by ${r.heapGrowthMB!.toFixed(0)} MB`);
  assert.ok(r.maxRssMB! < 450, `peak resident memory ${r.maxRssMB!.toFixed(0)} MB`);
});
