/** The CLI's exit status: 0 done (help asked for), 2 used wrongly (no command, an unknown one). */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { ROOT } from "../support/fixture.ts";

const datelines = (...args: string[]) => spawnSync(process.execPath, ["src/cli/bin.mjs", ...args], { cwd: ROOT, encoding: "utf8" });

test("help, --help and -h print the commands and exit 0", () => {
  for (const args of [["help"], ["--help"], ["-h"], ["build", "--help"]]) {
    const run = datelines(...args);
    assert.equal(run.status, 0, args.join(" "));
    assert.match(run.stdout, /^Usage: datelines <command>/, args.join(" "));
  }
});

test("no command, or an unknown one, is a usage error: exit 2, with the commands", () => {
  const none = datelines();
  assert.equal(none.status, 2);
  assert.match(none.stderr, /Usage: datelines <command>/);
  const unknown = datelines("frobnicate");
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^Unknown command "frobnicate"\.\n\nUsage:/);
});
