/**
 * Time of `datelines add` per MB, on the fixtures (not a test; run by hand):
 *   node --import tsx tests/ingest/documents/bench.ts [copies]
 * 1. Reading alone, per format: each fixture read `copies` times (default 20).
 * 2. The whole add (read, fingerprint, publication date, source entry, validation, drafts) on a
 *    folder of distinct documents: `copies` variants of each page, Markdown and text fixture (one
 *    sentence differs, so none is a duplicate), plus the PDFs and Word files once.
 */
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { addDocuments } from "../../../src/curate/add.ts";
import { readSourceFile } from "../../../src/ingest/documents/index.ts";
import { makeCurateFixture } from "../../curate/fixture.ts";
import { ROOT } from "../../support/fixture.ts";
import { FIXTURES, fixture } from "./helpers.ts";

const copies = Number(process.argv[2] ?? 20);
const MB = 1024 * 1024;
const GOOD = ["en-article.html", "zh-article.html", "ar-article.html", "th-article.html", "en-article.pdf", "zh-brief.pdf", "ar-article.pdf", "th-article.pdf", "en-statement.docx", "ar-statement.docx", "zh-library.md", "th-mekong.txt"];

async function readingAlone(): Promise<void> {
  await readSourceFile(fixture("en-article.pdf")); // loads pdf.js once, as any run does
  const byFormat = new Map<string, { bytes: number; ms: number; chars: number }>();
  for (const name of GOOD) {
    const start = performance.now();
    let chars = 0;
    for (let i = 0; i < copies; i++) chars += Array.from((await readSourceFile(fixture(name))).text).length;
    const ext = extname(name);
    const row = byFormat.get(ext) ?? { bytes: 0, ms: 0, chars: 0 };
    byFormat.set(ext, { bytes: row.bytes + statSync(fixture(name)).size * copies, ms: row.ms + performance.now() - start, chars: row.chars + chars });
  }
  console.log("format  input MB  text chars  time s  s per MB input  ms per document");
  for (const [ext, r] of byFormat) {
    const docs = GOOD.filter((n) => extname(n) === ext).length * copies;
    console.log(`${ext.padEnd(6)}  ${(r.bytes / MB).toFixed(2).padStart(8)}  ${String(r.chars).padStart(10)}  ${(r.ms / 1000).toFixed(2).padStart(6)}  ${(r.ms / 1000 / (r.bytes / MB)).toFixed(2).padStart(14)}  ${(r.ms / docs).toFixed(1).padStart(15)}`);
  }
}

async function wholeAdd(): Promise<void> {
  const inbox = mkdtempSync(join(tmpdir(), "datelines-bench-"));
  let bytes = 0;
  for (const name of GOOD) {
    const ext = extname(name);
    if (ext === ".pdf" || ext === ".docx") {
      copyFileSync(fixture(name), join(inbox, name));
      bytes += statSync(fixture(name)).size;
      continue;
    }
    const original = readFileSync(fixture(name), "utf8");
    for (let i = 0; i < copies; i++) {
      const variant = ext === ".html" ? original.replace("</article>", `<p>Variant ${i} of this page.</p></article>`) : `${original}\nVariant ${i}.\n`;
      const out = join(inbox, `${i}-${name}`);
      writeFileSync(out, variant);
      bytes += Buffer.byteLength(variant);
    }
  }
  const fx = makeCurateFixture();
  const start = performance.now();
  const results = await addDocuments({ root: ROOT, data: fx.data, paths: [inbox] });
  const seconds = (performance.now() - start) / 1000;
  const added = results.filter((r) => r.status === "added");
  const chars = added.reduce((n, r) => n + (r.characters ?? 0), 0);
  const drafts = added.reduce((n, r) => n + (r.drafts ?? 0), 0);
  console.log(`\nwhole add: ${added.length} documents, ${(bytes / MB).toFixed(2)} MB in, ${chars.toLocaleString("en")} characters out, ${drafts} drafts in ${seconds.toFixed(2)} s`);
  console.log(`  ${(seconds / (bytes / MB)).toFixed(2)} s per MB of input, ${((seconds * 1000) / added.length).toFixed(0)} ms per document, ${(chars / seconds / 1000).toFixed(1)} k characters/s`);
}

console.log(`fixtures: ${FIXTURES}; copies: ${copies}`);
await readingAlone();
await wholeAdd();
