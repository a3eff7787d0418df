/**
 * The compiled CLI (src/cli/compile.mjs) is never stale: an edit to a source compiles again on the
 * next start; files next to a module are found beside its source; a source that does not compile
 * leaves the CLI to tsx. Run on a small project in a temporary folder, not on src/.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { compiledMain } from "../../src/cli/compile.mjs";
import { tempFolder } from "../support/temp.ts";

const root = tempFolder("compile");
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string, secondsAgo = 0): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(join(root, path), when, when);
}

/** Runs the compiled main module in a fresh process; its stdout. */
function run(main: string | undefined): string {
  assert.ok(main, "it compiled");
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(main)})`], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe("compiled CLI", () => {
  write("src/core/word.ts", 'export const word: string = "one";\n', 60);
  write("src/core/note.json", '{ "note": "beside" }\n', 60);
  write("src/data/value.txt", "read at run time\n", 60);
  write(
    "src/cli/main.ts",
    [
      'import { readFileSync } from "node:fs";',
      'import { word } from "../core/word.ts";',
      'import data from "../core/note.json" with { type: "json" };',
      'const later = () => import("../core/word.ts");',
      'console.log(word, data.note, readFileSync(new URL("../data/value.txt", import.meta.url), "utf8").trim(), (await later()).word);',
    ].join("\n"),
    60,
  );

  let first: string | undefined;
  test("compiles once and runs: imports, JSON, lazy imports and files found beside the source", async () => {
    first = await compiledMain(root);
    assert.ok(first, "it compiled");
    assert.equal(run(first), "one beside read at run time one");
    assert.equal(await compiledMain(root), first, "nothing changed: the same compiled tree");
  });

  test("an edited source is compiled again before the next run", async () => {
    write("src/core/word.ts", 'export const word: string = "two";\n');
    const second = await compiledMain(root);
    assert.notEqual(second, first);
    assert.equal(run(second), "two beside read at run time two");
  });

  test("a file that is not compiled (read at run time) does not make a new tree", async () => {
    const now = await compiledMain(root);
    write("src/data/value.txt", "changed\n");
    assert.equal(await compiledMain(root), now);
    assert.equal(run(now), "two beside changed two");
  });

  test("a project moved with its compiled tree compiles again for its new place", async () => {
    const moved = `${root}-moved`;
    cpSync(root, moved, { recursive: true, preserveTimestamps: true });
    try {
      writeFileSync(join(moved, "src/data/value.txt"), "moved\n");
      const main = await compiledMain(moved);
      assert.ok(main?.startsWith(pathToFileURL(moved).href), "compiled inside the moved project");
      assert.equal(run(main), "two beside moved two", "files are read from the moved sources");
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });

  test("a source that does not compile leaves the CLI to tsx", async () => {
    write("src/core/word.ts", "export const word = ;\n");
    assert.equal(await compiledMain(root), undefined);
  });
});
