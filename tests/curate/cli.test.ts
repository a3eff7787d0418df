/** The curate commands through the `datelines` CLI: extract (drafts), promote, review --output. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";

function datelines(data: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "src/cli/bin.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATELINES_DATA: data },
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("extract without --json writes drafts with progress; promote and review use them", () => {
  const fx = makeCurateFixture();
  const extract = datelines(fx.data, "extract");
  assert.equal(extract.code, 0, extract.stderr);
  assert.match(extract.stderr, /^\[1\/1\] report: \d+ mentions, 3 drafts \(1 match curated events\)$/m);
  assert.equal(extract.stdout, "", "progress goes to stderr");
  const again = datelines(fx.data, "extract", "--source", "report");
  assert.match(again.stderr, /\[1\/1\] report: .*, unchanged$/m);

  const drafts = DraftsFile.parse(JSON.parse(readFileSync(draftsPath(fx.data, "report"), "utf8"))).drafts;
  const fresh = drafts.find((d) => !d.matches && d.mention.text === "March 27")!;
  const promote = datelines(fx.data, "promote", fresh.id, "--id", "who-briefing");
  assert.equal(promote.code, 0, promote.stderr);
  assert.match(promote.stdout, /Added event "2020-03-27-who-briefing" \(--id "who-briefing" became "2020-03-27-who-briefing": .*\) \(status draft\)/);
  const refused = datelines(fx.data, "promote", fresh.id);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /matches curated event "2020-03-27-who-briefing"/);
  assert.equal(datelines(fx.data, "validate").code, 0);

  const out = join(fx.data, "review.html");
  const review = datelines(fx.data, "review", "--output", out);
  assert.equal(review.code, 0, review.stderr);
  assert.match(readFileSync(out, "utf8"), /<mark>March 27<\/mark>/);

  const json = datelines(fx.data, "extract", "--json", join(fx.data, "documents", "report.txt"));
  assert.equal(json.code, 0, json.stderr);
  assert.ok(Array.isArray(JSON.parse(json.stdout)), "extract --json still prints mentions");
});
