import { test } from "node:test";
import { testCase } from "../helpers.ts";

const PUBLISHED = "2020-04-14";

test("vague past is the publication date, mod BEFORE", async () => {
  await testCase("en", "The central bank recently cut the reserve requirement ratio.", PUBLISHED, [
    { text: "recently", value: "2020-04-14", mod: "BEFORE" },
  ], { vague: true });
  await testCase("en", "In recent days, and a few days ago, officials said so.", PUBLISHED, [
    { text: "recent days", value: "2020-04-14", mod: "BEFORE" },
    { text: "a few days ago", value: "2020-04-14", mod: "BEFORE" },
  ], { vague: true });
});

test("vague past is not read by default (an editor's policy asks for it: `vague: true`, `--vague`)", async () => {
  await testCase("en", "The central bank recently cut the ratio. In recent days, and a few days ago, officials said so.", PUBLISHED, []);
});

test("as of a date: the as-of words belong to the mention", async () => {
  await testCase("en", "1.6 million confirmed cases worldwide as of April 13.", "2020-07-15", [
    { text: "as of April 13", value: "2020-04-13", mod: "ASOF", role: "asof" },
  ]);
  await testCase("en", "11,658 cases in the UK as at 26 March. As of Sunday, 1,904 cases.", PUBLISHED, [
    { text: "as at 26 March", value: "2020-03-26", mod: "ASOF", role: "asof" },
    { text: "As of Sunday", value: "2020-04-12", mod: "ASOF", role: "asof" },
  ]);
  await testCase("en", "As of March 31, 2020, it had $390 million in cash; as of today it has less.", PUBLISHED, [
    { text: "As of March 31, 2020", value: "2020-03-31", mod: "ASOF", role: "asof" },
    { text: "as of today", value: "2020-04-14", mod: "ASOF", role: "asof" },
  ]);
  await testCase("en", "As of the end of March, 12 sites were open.", PUBLISHED, [
    { text: "As of the end of March", value: "2020-03", mod: "ASOF", role: "asof" },
  ]);
});

test("as of now is a reference mention of its own", async () => {
  await testCase("en", "1,464 imported cases have been reported as of now.", PUBLISHED, [
    { text: "as of now", value: "2020-04-14", mod: "ASOF", role: "asof" },
  ]);
  await testCase("en", "As at press time, no deaths were reported.", PUBLISHED, [
    { text: "As at press time", value: "2020-04-14", mod: "ASOF", role: "asof" },
  ]);
});
