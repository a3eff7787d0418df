/** Getting a browser for tests and PDFs on a fresh Debian machine. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { APT_COMMANDS } from "../../src/print/browser.ts";

test("every apt-get run waits for another apt or dpkg run's lock instead of failing at once", () => {
  assert.ok(APT_COMMANDS.length >= 2);
  for (const args of APT_COMMANDS) {
    const at = args.indexOf("-o");
    assert.ok(at >= 0 && /^DPkg::Lock::Timeout=\d{3,}$/.test(args[at + 1] ?? ""), `apt-get ${args.join(" ")} does not wait for the lock`);
  }
  assert.ok(APT_COMMANDS.some((args) => args.includes("install") && args.includes("chromium")));
});
