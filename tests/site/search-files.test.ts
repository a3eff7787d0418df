/**
 * The search index cut into files (src/site/search/search-files.ts): every word's doc list is
 * whole in exactly one file, nothing is dropped or added, files keep to their size, the manifest
 * finds each word's file, and doc lists survive their encoding (postings.ts).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { Random } from "../bench/synthetic.ts";
import { boundary, cutWords, indexFiles, type SearchManifest } from "../../src/site/search/search-files.ts";
import { decodeDocs, encodeDocs } from "../../src/site/search/postings.ts";
import { buildSearchIndex, type SearchIndex } from "../../src/site/search/search-index.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";

describe("doc lists", () => {
  test("round-trip: empty, one, dense, sparse, large gaps", () => {
    const rng = new Random(9);
    const dense = Array.from({ length: 5000 }, (_, i) => i).filter(() => rng.chance(0.7));
    const sparse = Array.from({ length: 5000 }, (_, i) => i).filter(() => rng.chance(0.01));
    for (const docs of [[], [0], [31], [32], [1023, 1024, 99_999], [0, 1, 2, 3], dense, sparse, [5, 2 ** 30]]) {
      assert.deepEqual(decodeDocs(encodeDocs(docs)), docs);
    }
  });

  test("a word in most docs is a bitmap, a rare one gaps, whichever is shorter", () => {
    const all = Array.from({ length: 10_000 }, (_, i) => i);
    const bitmap = encodeDocs(all);
    assert.ok(bitmap.startsWith("*") && bitmap.length < 10_000 / 6 + 10, `${bitmap.length} characters`);
    const rare = encodeDocs([17, 4000, 9000]);
    assert.ok(!rare.startsWith("*") && rare.length <= 9, rare);
  });

  test("a list out of order is refused", () => assert.throws(() => encodeDocs([3, 3]), /not ascending/));
});

describe("words files", () => {
  test("a boundary is the shortest start of a file's first word that sorts after the file before", () => {
    assert.equal(boundary("china", "chinese"), "chine");
    assert.equal(boundary("b", "cat"), "c");
    assert.equal(boundary("老挝", "老𠮷田"), "老𠮷"); // whole code points, not half a surrogate pair
  });

  test("cutting keeps every entry once, in order, and each file under the bound unless one entry is larger", () => {
    const rng = new Random(4);
    const entries = Array.from({ length: 2000 }, (_, i) => [`w${String(i).padStart(5, "0")}`, "A".repeat(rng.int(1, 900))] as [string, string]);
    entries.push(["zz", "B".repeat(3000)]);
    const files = cutWords(entries, 1024);
    assert.deepEqual(files.flat(), entries);
    for (const file of files) {
      const bytes = Buffer.byteLength(JSON.stringify(Object.fromEntries(file)));
      assert.ok(bytes <= 1024 || file.length === 1, `${bytes} bytes in ${file.length} words`);
    }
    assert.deepEqual(files.at(-1), [["zz", "B".repeat(3000)]]);
  });
});

describe("the sample's index in small files", () => {
  const SMALL = { wordFileBytes: 400, docsPerFile: 4 };
  let indexes: { prefix: string; index: SearchIndex }[];
  before(async () => {
    const loaded = await loadDataset({ root: ROOT, data: join(ROOT, "_data") });
    assert.ok(loaded.ok);
    indexes = buildTimelines(loaded.dataset).map((t) => ({ prefix: t.prefix, index: buildSearchIndex(t) }));
  });

  test("in every language: each word is in the file the manifest points to, with its whole doc list; the docs files hold every record in order", () => {
    for (const { prefix, index } of indexes) {
      const files = indexFiles(index, prefix, SMALL);
      const byUrl = new Map(files.map((f) => [f.url, f.content]));
      const manifest = JSON.parse(byUrl.get(`${prefix}/search/manifest.json`)!) as SearchManifest;
      assert.equal(manifest.docs, index.docs.length);
      assert.ok(manifest.wordFiles.length > 20, `${manifest.wordFiles.length} words files`);
      const wordFiles = manifest.wordFiles.map((_, n) => JSON.parse(byUrl.get(manifest.words.replace("{n}", String(n)))!) as Record<string, string>);
      const seen: Record<string, number[]> = {};
      wordFiles.forEach((file, n) => {
        const bytes = Buffer.byteLength(JSON.stringify(file));
        assert.ok(bytes <= SMALL.wordFileBytes || Object.keys(file).length === 1, `${prefix} words ${n}: ${bytes} bytes`);
        for (const [word, docs] of Object.entries(file)) {
          assert.equal(manifest.wordFiles.findLastIndex((first) => first <= word), n, `${prefix}: "${word}" is not where the manifest says`);
          assert.ok(!(word in seen), `"${word}" in two files`);
          seen[word] = decodeDocs(docs);
        }
      });
      assert.deepEqual(seen, index.words, `${prefix}: words or docs dropped or changed`);
      const docFiles = Array.from({ length: Math.ceil(index.docs.length / SMALL.docsPerFile) }, (_, n) => JSON.parse(byUrl.get(manifest.docFiles.replace("{n}", String(n)))!) as unknown[]);
      assert.deepEqual(docFiles.flat(), index.docs);
      assert.ok(docFiles.every((f) => f.length <= SMALL.docsPerFile));
      assert.equal(files.length, 1 + wordFiles.length + docFiles.length, "no other files");
    }
  });

  test("each language's files are under its own prefix, and with the default sizes the sample's words fit in a few files", () => {
    for (const { prefix, index } of indexes) {
      assert.ok(indexFiles(index, prefix, SMALL).every((f) => f.url.startsWith(`${prefix}/search/`)));
      const manifest = JSON.parse(indexFiles(index, prefix)[0]!.content) as SearchManifest;
      assert.ok(manifest.wordFiles.length >= 5 && manifest.wordFiles.length <= 40, `${manifest.wordFiles.length} files`);
    }
  });
});
