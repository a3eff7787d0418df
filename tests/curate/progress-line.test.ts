/** The progress line: drawn on a terminal only, lines printed above it, cleared for the summary. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ProgressLine } from "../../src/curate/progress-line.ts";

function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: "", write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe("progress line", () => {
  test("on a terminal: counts, then rate and time left, lines above it, cleared at the end", () => {
    const out = stream(true);
    const line = new ProgressLine(out);
    line.update({ done: 1, total: 4, bytes: 1_000_000, totalBytes: 4_000_000 });
    assert.match(out.text, /\r\x1b\[K1\/4 documents, 1\.0 of 4\.0 MB$/);
    line.print("[1/4] a: 3 mentions");
    assert.match(out.text, /\r\x1b\[K\[1\/4\] a: 3 mentions\n1\/4 documents/);
    line.update({ done: 4, total: 4, bytes: 4_000_000, totalBytes: 4_000_000 }); // the last is always drawn
    assert.match(out.text, /4\/4 documents, 4\.0 of 4\.0 MB, [\d.]+ MB\/s, about 0 s left$/);
    line.clear();
    assert.ok(out.text.endsWith("\r\x1b[K"));
    assert.match(line.summary(), /^4 documents \(4\.0 MB\) in [\d.]+ s, [\d.]+ MB\/s$/);
  });

  test("elsewhere: only the lines the command prints", () => {
    const out = stream(false);
    const line = new ProgressLine(out);
    line.update({ done: 1, total: 2, bytes: 10, totalBytes: 20 });
    line.print("[1/2] a: 1 mentions");
    line.update({ done: 2, total: 2, bytes: 20, totalBytes: 20 });
    line.clear();
    assert.equal(out.text, "[1/2] a: 1 mentions\n");
  });
});
