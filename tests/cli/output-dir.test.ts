/** A build empties its own output folder (no stale events) and refuses to touch any other folder. */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { OutputFolderError, prepareOutputDir } from "../../src/cli/output-dir.ts";

test("a previous build's files are removed; a folder datelines did not make is refused", () => {
  const out = join(mkdtempSync(join(tmpdir(), "datelines-out-")), "site");
  prepareOutputDir(out);
  mkdirSync(join(out, "events", "removed-event"), { recursive: true });
  writeFileSync(join(out, "events", "removed-event", "index.html"), "stale");
  prepareOutputDir(out);
  assert.equal(existsSync(join(out, "events", "removed-event")), false);

  const foreign = mkdtempSync(join(tmpdir(), "datelines-foreign-"));
  writeFileSync(join(foreign, "precious.txt"), "keep me");
  assert.throws(() => prepareOutputDir(foreign), OutputFolderError);
  assert.equal(existsSync(join(foreign, "precious.txt")), true);
});
