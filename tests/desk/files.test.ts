/** Writes that are atomic and never lose a change made meanwhile, by this process or another. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { FileBusyError, updateFile } from "../../src/desk/files.ts";
import { tempFolder } from "../support/temp.ts";

const folder = () => tempFolder("desk-files");

describe("file updates", () => {
  test("a change is written by rename, leaving no temporary file", async () => {
    const dir = folder();
    const path = join(dir, "a.json");
    writeFileSync(path, "one\n");
    await updateFile(path, async (text) => ({ text: `${text}two\n`, result: undefined }));
    assert.equal(readFileSync(path, "utf8"), "one\ntwo\n");
    assert.deepEqual(readdirSync(dir), ["a.json"]);
  });

  test("twenty concurrent changes to one file: none is lost", async () => {
    const path = join(folder(), "list.txt");
    writeFileSync(path, "");
    await Promise.all(Array.from({ length: 20 }, (_, i) => updateFile(path, async (text) => ({ text: `${text}${i}\n`, result: undefined }))));
    assert.deepEqual(readFileSync(path, "utf8").trim().split("\n").map(Number).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
  });

  test("a file changed on disk while a change was prepared: the change is made again on the new text", async () => {
    const path = join(folder(), "events.json");
    writeFileSync(path, "base\n");
    let runs = 0;
    await updateFile(path, async (text) => {
      runs++;
      if (runs === 1) writeFileSync(path, "base\nsomeone else's line\n"); // another editor saves meanwhile
      return { text: `${text}mine\n`, result: undefined };
    });
    assert.equal(runs, 2);
    assert.equal(readFileSync(path, "utf8"), "base\nsomeone else's line\nmine\n");
  });

  test("a file that never stops changing is not written, and says so", async () => {
    const path = join(folder(), "busy.json");
    writeFileSync(path, "0");
    let n = 0;
    await assert.rejects(
      updateFile(path, async (text) => {
        writeFileSync(path, String(++n));
        return { text: `${text}!`, result: undefined };
      }),
      FileBusyError,
    );
    assert.equal(readFileSync(path, "utf8"), String(n));
  });

  test("a new file is created, never replacing one that appeared meanwhile", async () => {
    const path = join(folder(), "new.json");
    let runs = 0;
    await updateFile(path, async (text) => {
      runs++;
      if (runs === 1) writeFileSync(path, "theirs\n");
      return { text: `${text ?? ""}mine\n`, result: undefined };
    });
    assert.equal(readFileSync(path, "utf8"), "theirs\nmine\n");
  });
});
