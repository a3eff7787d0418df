#!/usr/bin/env node
// Entry point for `datelines`. Most commands run compiled (src/cli/compile.mjs, compiled again
// whenever a source changed), so they start fast. Those that run Eleventy with the site's
// TypeScript config (build, serve, pdf, and the desk's previews) run the sources through tsx, as
// every command does when compiling is not possible.
import { fileURLToPath } from "node:url";

const TYPESCRIPT_AT_RUN_TIME = new Set(["build", "serve", "pdf", "desk"]);

const main = TYPESCRIPT_AT_RUN_TIME.has(process.argv[2]) ? undefined : await (await import("./compile.mjs")).compiledMain();
if (main) {
  process.env.DATELINES_COMPILED_CLI = fileURLToPath(new URL(".", main)); // where worker threads' modules are
  await import(main);
}
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./main.ts");
}
