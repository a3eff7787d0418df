/** Joined dates that are not one range, and the extract command's usage errors and reference date. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { testCase } from "./helpers.ts";
import { tempFolder } from "../support/temp.ts";

describe("joined dates", () => {
  test("a valid date next to an impossible one is kept", async () => {
    await testCase("en", "The board met on 12 November 2020 and 30 February 2020.", "2020-12-20", [
      { text: "12 November 2020", value: "2020-11-12" },
    ]);
  });

  test("Thai 'A และ B' two weeks apart are two dates, adjacent days are one range", async () => {
    await testCase("th", "คณะแพทย์เดินทางวันที่ 3 และ 17 มีนาคม 2563", "2020-04-01", [
      { text: "วันที่ 3", value: "2020-03-03" },
      { text: "17 มีนาคม 2563", value: "2020-03-17" },
    ]);
    await testCase("th", "คณะแพทย์เดินทางวันที่ 27 และ 28 มีนาคม 2563", "2020-04-01", [
      { text: "วันที่ 27 และ 28 มีนาคม 2563", value: "2020-03-27/2020-03-28" },
    ]);
  });

  test("a range word joins dates of any distance", async () => {
    await testCase("en", "The exhibition ran from 3 March to 17 March 2020.", "2020-04-01", [
      { text: "3 March to 17 March 2020", value: "2020-03-03/2020-03-17" },
    ]);
  });
});

describe("datelines extract --json: usage errors exit 2, and the reference date is always stated", () => {
  const file = join(tempFolder("edge-case"), "yesterday.txt");
  writeFileSync(file, "The team arrived yesterday.\n");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["src/cli/bin.mjs", "extract", "--json", ...args], { encoding: "utf8", cwd: join(import.meta.dirname, "../..") });

  for (const args of [["--published", "2020-13-45", file], ["--published", "2020/01/01", file], ["--bogus", file], ["--lang"]]) {
    test(`${args.join(" ")}: exit 2 with a message, no stack trace`, () => {
      const result = run(...args);
      assert.equal(result.status, 2, result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at |node:internal/);
    });
  }

  test("an impossible --published date says why and offers the fix", () => {
    assert.match(run("--published", "2020/01/01", file).stderr, /use "2020-01-01"/);
  });

  test("without a publication date, the command warns that today was used", () => {
    const result = run("--lang", "en", file);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /Reference date \d{4}-\d{2}-\d{2} \(from today\)/);
    assert.match(result.stderr, /Warning: .*--published/);
    const given = run("--lang", "en", "--published", "2020-03-29", file);
    assert.match(given.stderr, /Reference date 2020-03-29 \(from --published\)/);
    assert.deepEqual(JSON.parse(given.stdout).map((m: { value: string }) => m.value), ["2020-03-28"]);
  });
});
