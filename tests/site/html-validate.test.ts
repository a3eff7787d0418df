/** Every built HTML page passes html-validate's recommended rules (config: .htmlvalidate.json). */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from "html-validate";
import { SITE } from "../support/build.ts";
import { ROOT } from "../support/fixture.ts";

test("the built site has no html-validate errors", async () => {
  const files = readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  assert.ok(files.length > 5, `only ${files.length} pages in ${SITE}: was the site built?`);
  const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
  const reports = await Promise.all(files.map((f) => htmlvalidate.validateFile(join(SITE, f))));
  const failed = reports.filter((r) => !r.valid);
  const text = formatterFactory("text")(failed.flatMap((r) => r.results)).replaceAll(ROOT + "/", "");
  assert.equal(failed.length, 0, `${failed.length} of ${files.length} pages have errors:\n${text}`);
});
