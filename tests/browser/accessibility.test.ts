import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, pageTypes, readExport, startSession, type Session, type Tab } from "./support.ts";

const data = readExport();

describe("accessibility (axe-core, WCAG 2 A/AA and best practices)", () => {
  let session: Session;
  let tab: Tab;
  before(async () => {
    session = await startSession();
    tab = await session.tab();
  });
  after(() => session.close());

  for (const { name, path } of pageTypes(data)) {
    test(`${name} (${path}) has no violations`, async () => {
      assert.equal(await tab.open(path), 200, `${path} did not load`);
      const { ids, report } = await axeViolations(tab.page);
      assert.deepEqual(ids, [], `axe found ${ids.length} violation(s) on ${path}:\n${report}`);
    });
  }
});
