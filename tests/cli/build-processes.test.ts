/**
 * A child of a whole build takes the data its parent validated, from the file the parent wrote
 * (build-processes.ts), rather than reading and validating the data folder again; a process that
 * is not such a child has none.
 */
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { serialize } from "node:v8";
import { DATA_OF_BUILD, parentData } from "../../src/cli/build-processes.ts";
import { loadValid } from "../../src/site/build-session.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

test("a child builds from the data its parent validated; other processes from none", async () => {
  const dataset = await loadValid(ROOT, join(ROOT, "_data"));
  const folder = tempFolder("parent-data");
  try {
    const file = join(folder, "dataset.v8");
    writeFileSync(file, serialize(dataset));
    delete process.env[DATA_OF_BUILD];
    assert.equal(parentData(), undefined);
    process.env[DATA_OF_BUILD] = file;
    assert.deepEqual(parentData(), dataset);
  } finally {
    delete process.env[DATA_OF_BUILD];
    rmSync(folder, { recursive: true, force: true });
  }
});
