/** Encoding problems are named as such, with the fix; nothing invalid is accepted. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { decodeUtf8, guessEncoding } from "../../src/core/text-encoding.ts";
import { loadDataset, type Problem } from "../../src/validate/index.ts";
import { DOCUMENT, makeFixture, validEvent } from "../support/fixture.ts";

async function problemsOf(dir: string): Promise<Problem[]> {
  const result = await loadDataset({ root: dir, data: dir });
  assert.equal(result.ok, false, "expected the dataset to be rejected");
  return result.ok ? [] : result.problems;
}

/** GB18030 bytes of a string (TextDecoder decodes GB18030; the encoder is written out for the test's characters). */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((ch) => (ch.codePointAt(0)! < 0x80 ? [ch.codePointAt(0)!] : (table.get(ch) ?? [0x3f]))),
  );
}

describe("text encoding", () => {
  test("a BOM at the start of a document is named once, and citations still check against the text", async () => {
    const f = makeFixture();
    f.write("documents/doc.txt", `\uFEFF${DOCUMENT}`);
    const problems = await problemsOf(f.dir);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join("\n"));
    assert.equal(problems[0]!.field, "sources[0].file");
    assert.match(problems[0]!.message, /byte-order mark.*without BOM/);
  });

  test("a BOM in a JSON file is named, not 'invalid symbol'", async () => {
    const f = makeFixture();
    f.write("events/events.json", `\uFEFF${JSON.stringify({ events: [validEvent()] }, null, 2)}`);
    const problems = await problemsOf(f.dir);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join("\n"));
    assert.match(problems[0]!.message, /byte-order mark/);
    assert.doesNotMatch(problems[0]!.message, /symbol/);
  });

  test("a document in GB18030 is named as such with the conversion, not as missing quotes", async () => {
    const f = makeFixture();
    writeFileSync(join(f.dir, "documents/doc.txt"), gb18030(DOCUMENT.split("\n")[0]!));
    const problems = await problemsOf(f.dir);
    assert.equal(problems.length, 1, problems.map((p) => p.message).join("\n"));
    assert.match(problems[0]!.message, /not UTF-8.*GB18030.*iconv -f GB18030 -t UTF-8/);
  });

  test("an invalid UTF-8 byte in an events file is located and rejected", async () => {
    const f = makeFixture();
    const text = JSON.stringify({ events: [validEvent({ headline: "Team arrives in Vientiane XX" })] }, null, 2);
    const bytes = Buffer.from(text, "utf8");
    const at = bytes.indexOf("XX");
    bytes[at] = 0xff;
    writeFileSync(join(f.dir, "events/events.json"), bytes);
    const problems = await problemsOf(f.dir);
    const line = text.slice(0, text.indexOf("XX")).split("\n").length;
    assert.ok(problems.some((p) => p.line === line && /not UTF-8 text \(byte 0xFF/.test(p.message)), problems.map((p) => p.message).join("\n"));
  });

  test("a lone surrogate is rejected before it can reach feeds, exports or the search index", async () => {
    const f = makeFixture();
    f.write("events/events.json", JSON.stringify({ events: [validEvent()] }, null, 2).replace("Chinese medical", "Chinese \\ud800 medical"));
    const problems = await problemsOf(f.dir);
    assert.deepEqual(problems.map((p) => p.field), ["events[0].headline"]);
    assert.match(problems[0]!.message, /lone surrogate/);
  });

  test("legacy encodings are recognised by their script", () => {
    const arabic = new Uint8Array([0xe6, 0xd5, 0xe1, 0x20, 0xd8, 0xc8, 0xed, 0xc8]); // Windows-1256 "وصل طبيب"
    assert.equal(guessEncoding(arabic), "WINDOWS-1256");
    assert.equal(guessEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9])), "WINDOWS-1252"); // Café
    const decoded = decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xff]));
    assert.ok(!decoded.ok && decoded.line === 2 && decoded.column === 2);
  });
});
