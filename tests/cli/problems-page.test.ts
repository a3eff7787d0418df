/** `datelines serve` with invalid data: the problems in the browser and the terminal, no stack trace. */
import assert from "node:assert/strict";
import type { IncomingMessage, ServerResponse } from "node:http";
import { test } from "node:test";
import { problemsMiddleware } from "../../src/cli/problems-page.ts";
import { dataStatus } from "../../src/site/data-status.ts";
import { DatasetValidationError } from "../../src/validate/index.ts";

function request(accept: string) {
  const sent: { status?: number; body?: string; next: boolean } = { next: false };
  const res = { statusCode: 200, setHeader() {}, end(body: string) { sent.status = this.statusCode; sent.body = body; } };
  problemsMiddleware({ headers: { accept } } as IncomingMessage, res as unknown as ServerResponse, () => void (sent.next = true));
  return sent;
}

test("while the data has problems, pages show them (escaped) and reload themselves; once fixed, the site", () => {
  dataStatus.problems = [{ file: "events/2020-01.json", line: 9, column: 9, field: "events[0].date.precision", message: 'must be one of "day" (found "<dya>")' }];
  const page = request("text/html,application/xhtml+xml");
  assert.equal(page.status, 500);
  assert.match(page.body!, /events\/2020-01\.json:9:9 events\[0\]\.date\.precision/);
  assert.match(page.body!, /found &quot;&lt;dya&gt;&quot;/);
  assert.match(page.body!, /http-equiv="refresh"/);
  assert.equal(request("text/css").next, true, "assets are served as they are");
  dataStatus.problems = [];
  assert.equal(request("text/html").next, true);
});

test("the validation error tells Eleventy to leave out the stack trace", () => {
  const error = new DatasetValidationError([{ file: "site.json", message: "is empty" }]);
  assert.equal((error as unknown as { skipOriginalStack?: boolean }).skipOriginalStack, true);
  assert.match(error.message, /site\.json: is empty/);
});
