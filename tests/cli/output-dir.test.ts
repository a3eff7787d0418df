/** A build empties its own output folder (no stale events) and refuses to touch any other folder. */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { OutputFolderError, prepareOutputDir } from "../../src/cli/output-dir.ts";
import { tempFolder } from "../support/temp.ts";

test("a previous build's files are removed; a folder datelines did not make is refused", () => {
  const out = join(tempFolder("out"), "site");
  prepareOutputDir(out);
  mkdirSync(join(out, "events", "removed-event"), { recursive: true });
  writeFileSync(join(out, "events", "removed-event", "index.html"), "stale");
  prepareOutputDir(out);
  assert.equal(existsSync(join(out, "events", "removed-event")), false);

  const foreign = tempFolder("foreign");
  writeFileSync(join(foreign, "precious.txt"), "keep me");
  assert.throws(() => prepareOutputDir(foreign), OutputFolderError);
  assert.equal(existsSync(join(foreign, "precious.txt")), true);
});
