/**
 * `datelines add` end to end on a temporary data folder: each format in, its publication date
 * and basis, its drafts; a promoted draft's citation validates at its offsets; the same content
 * added again is recognised; files are never overwritten; bad inputs name the file and the fix.
 */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { addDocuments, type AddResult } from "../../src/curate/add.ts";
import { addCommand } from "../../src/curate/add-command.ts";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { promoteDraft } from "../../src/curate/promote.ts";
import { DraftsFile } from "../../src/extract/drafts/schema.ts";
import { readSourceFile } from "../../src/ingest/documents/index.ts";
import { SourcesFile } from "../../src/schema/index.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture } from "./fixture.ts";
import { tempFolder } from "../support/temp.ts";

const FIXTURES = join(ROOT, "tests/ingest/documents/fixtures");
const GOOD = ["en-article.html", "zh-article.html", "ar-article.pdf", "th-article.pdf", "en-statement.docx", "zh-library.md", "th-mekong.txt", "fr-note.txt", "de-note.txt"];

/** A folder of inputs: copies of fixtures plus anything else given. */
function inbox(names: string[], extra: Record<string, string> = {}): string {
  const dir = tempFolder("inbox");
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const byFile = (results: AddResult[], name: string) => results.find((r) => r.file.endsWith(`/${name}`) || r.file.endsWith(`/${name}/`))!;
const sources = (data: string) => SourcesFile.parse(JSON.parse(readFileSync(join(data, "sources.json"), "utf8"))).sources;
const drafts = (data: string, id: string) => DraftsFile.parse(JSON.parse(readFileSync(draftsPath(data, id), "utf8"))).drafts;

describe("datelines add", () => {
  const fx = makeCurateFixture();
  let results: AddResult[];
  let lines: string[];
  const input = inbox(GOOD, { "notes.rtf": "{\\rtf1 notes}", ".DS_Store": "x" });
  mkdirSync(join(input, "article_files"));

  before(async () => {
    lines = [];
    results = await addDocuments({ root: ROOT, data: fx.data, paths: [input], progress: (l) => lines.push(l) });
  });

  test("a folder: each file added with progress; unsupported files and subfolders listed as skipped", () => {
    assert.deepEqual(results.filter((r) => r.status === "added").map((r) => r.file.split("/").at(-1)).sort(), [...GOOD].sort());
    assert.deepEqual(results.filter((r) => r.status === "skipped").map((r) => r.file.split("/").filter(Boolean).at(-1)).sort(), [".DS_Store", "article_files", "notes.rtf"]);
    assert.match(byFile(results, "notes.rtf").reason!, /save it as \.docx/);
    assert.match(byFile(results, "article_files").reason!, /resources of a saved page/);
    assert.equal(lines.length, GOOD.length);
    assert.match(lines[0]!, /^\[1\/9\] .*ar-article\.pdf: added as "ar-article" \(ar, [\d,]+ characters, published 2023-11-05 dateline\)$/);
  });

  test("publication date, basis and verbatim evidence per format and script", () => {
    const published = (name: string) => {
      const r = byFile(results, name);
      return [r.published!.date, r.published!.basis, r.published!.evidence];
    };
    assert.deepEqual(published("en-article.html"), ["2024-06-04", "dateline", "VIENNA, June 4 (Northern Meridian)"]);
    assert.deepEqual(published("zh-article.html"), ["2024-06-11", "dateline", "本报重庆6月11日电"]);
    assert.deepEqual(published("ar-article.pdf"), ["2023-11-05", "dateline", "دبي، 5 نوفمبر (الساحل)"]);
    assert.deepEqual(published("th-article.pdf"), ["2024-03-15", "page-date", "เผยแพร่: 15 มี.ค. 2567"]);
    assert.deepEqual(published("en-statement.docx"), ["2023-09-12", "dateline", "KISUMU, Kenya, Sept. 12"]);
    assert.deepEqual(published("zh-library.md"), ["2024-05-02", "dateline", "本报成都5月2日电"]);
    assert.deepEqual(published("th-mekong.txt"), ["2024-04-02", "dateline", "เชียงราย 2 เม.ย. (ข่าวเหนือ)"]);
    assert.deepEqual(published("fr-note.txt"), ["2024-04-03", "dateline", "Lyon, 3 avril 2024"]);
    assert.deepEqual(published("de-note.txt"), [undefined, "unknown", undefined]);
    // The page's JSON-LD says 12 June (the print edition); the dateline 11 June: both are named.
    const zh = byFile(results, "zh-article.html");
    assert.match(zh.published!.note!, /Sources disagree: datePublished=2024-06-12T00:30:00\+08:00 gives 2024-06-12/);
    assert.ok(zh.confirm.includes("published (sources disagree)"));
    assert.match(byFile(results, "en-article.html").published!.note!, /the year 2024 is from article:published_time=2024-06-04T21:40:00\+02:00/);
    assert.ok(byFile(results, "th-mekong.txt").confirm.includes("published (year implied)"));
  });

  test("the documents are the readers' normalized text; the manifest validates with what could not be found listed", async () => {
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    for (const name of ["zh-library.md", "ar-article.pdf"]) {
      const r = byFile(results, name);
      assert.equal(readFileSync(join(fx.data, "documents", r.document!), "utf8"), (await readSourceFile(join(input, name))).text);
    }
    const en = sources(fx.data).find((s) => s.id === byFile(results, "en-article.html").source)!;
    assert.deepEqual([en.file, en.title, en.publisher, en.author, en.lang, en.url], [
      "danube-towns-begin-clean-up.txt",
      "Danube towns begin clean-up as floodwaters recede",
      "The Northern Meridian",
      "Clara Fenwick",
      "en",
      "https://www.northernmeridian.example/world/europe/2024/06/04/danube-towns-begin-clean-up",
    ]);
    assert.deepEqual(byFile(results, "en-article.html").confirm, []);
    assert.deepEqual(byFile(results, "th-mekong.txt").confirm, ["published (year implied)", "title (from the first line)", "publisher", "author", "url"]);
    assert.equal(sources(fx.data).find((s) => s.id === "zh-library")!.lang, "zh-Hans");
    assert.match(readFileSync(join(fx.data, "sources.json"), "utf8"), /\n  "sources": \[\n    \{\n      "id": "report",/, "the file keeps its layout");
  });

  test("drafts are proposed for each document in a language with a locale; an unsupported language is added with a warning", () => {
    for (const name of GOOD.filter((n) => n !== "de-note.txt")) {
      const r = byFile(results, name);
      assert.ok(r.drafts! > 0, `${name}: drafts proposed`);
      assert.equal(drafts(fx.data, r.source!).length, r.drafts);
    }
    const de = byFile(results, "de-note.txt");
    assert.deepEqual([de.status, de.lang, de.drafts], ["added", "de", undefined]);
    assert.match(de.warnings.join(), /no extraction locale for "de": the document is added, but no dates are read/);
    assert.equal(existsSync(draftsPath(fx.data, de.source!)), false);
  });

  test("promoted drafts in four scripts validate with their citations at their offsets", async () => {
    for (const name of ["zh-article.html", "ar-article.pdf", "th-article.pdf", "en-statement.docx"]) {
      const id = byFile(results, name).source!;
      const draft = drafts(fx.data, id).find((d) => !d.matches)!;
      const promoted = await promoteDraft({ root: ROOT, data: fx.data, draftId: draft.id, now: new Date("2026-12-01T00:00:00Z") });
      const citation = (promoted.event.citations as { quote: string; start: number; end: number }[])[0]!;
      const text = readFileSync(join(fx.data, "documents", `${id}.txt`), "utf8");
      assert.equal(Array.from(text).slice(citation.start, citation.end).join(""), citation.quote);
    }
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    assert.equal(loaded.ok && loaded.dataset.events.length, 5);
  });

  test("the same content again is recognised, not duplicated: nothing is written", async () => {
    const documents = readdirSync(join(fx.data, "documents")).sort();
    const manifest = readFileSync(join(fx.data, "sources.json"), "utf8");
    // th-mekong.txt re-saved with Windows line ends and a trailing space is the same text.
    const resaved = inbox([], { "copy.txt": `${readFileSync(join(FIXTURES, "th-mekong.txt"), "utf8").replace(/\n/g, " \r\n")}` });
    const again = await addDocuments({ root: ROOT, data: fx.data, paths: [join(input, "zh-library.md"), join(input, "ar-article.pdf"), join(resaved, "copy.txt")] });
    assert.deepEqual(again.map((r) => [r.status, r.source]), [["duplicate", "zh-library"], ["duplicate", "ar-article"], ["duplicate", "th-mekong"]]);
    assert.deepEqual(readdirSync(join(fx.data, "documents")).sort(), documents);
    assert.equal(readFileSync(join(fx.data, "sources.json"), "utf8"), manifest);
  });
});

describe("datelines add: files in the way, options and refusals", () => {
  test("an existing document is never overwritten; an unnamed one with the same text is used", async () => {
    const fx = makeCurateFixture();
    writeFileSync(join(fx.data, "documents", "th-mekong.txt"), "An editor's own file.\n");
    const text = (await readSourceFile(join(FIXTURES, "zh-library.md"))).text;
    writeFileSync(join(fx.data, "documents", "saved-earlier.txt"), text);
    const results = await addDocuments({ root: ROOT, data: fx.data, paths: [join(FIXTURES, "th-mekong.txt"), join(FIXTURES, "zh-library.md")] });
    assert.deepEqual(results.map((r) => [r.status, r.source, r.document]), [["added", "th-mekong-2", "th-mekong-2.txt"], ["added", "zh-library", "saved-earlier.txt"]]);
    assert.equal(readFileSync(join(fx.data, "documents", "th-mekong.txt"), "utf8"), "An editor's own file.\n");
    assert.match(results[1]!.warnings.join(), /saved-earlier\.txt already held this text/);
    assert.ok((await loadDataset({ root: ROOT, data: fx.data })).ok);
  });

  test("--lang and --published override what the file says", async () => {
    const fx = makeCurateFixture();
    const [r] = await addDocuments({ root: ROOT, data: fx.data, paths: [join(FIXTURES, "zh-library.md")], lang: "zh-Hant", published: "2024-05-03" });
    assert.deepEqual([r!.lang, r!.published!.date, r!.published!.basis], ["zh-Hant", "2024-05-03", "unknown"]);
    assert.match(r!.published!.note!, /Date given with --published 2024-05-03/);
    const [same] = await addDocuments({ root: ROOT, data: fx.data, paths: [join(FIXTURES, "th-mekong.txt")], published: "2024-04-02" });
    assert.deepEqual([same!.published!.basis, same!.published!.evidence], ["dateline", "เชียงราย 2 เม.ย. (ข่าวเหนือ)"], "a given date the text states keeps its evidence");
  });

  test("bad inputs: not added, each with the file, the problem and the fix; nothing written", async () => {
    const fx = makeCurateFixture();
    const manifest = fx.read("sources.json");
    const names = ["scanned.pdf", "encrypted.pdf", "corrupt.pdf", "corrupt.docx", "zh-gb18030.txt", "es-latin1.txt"];
    const results = await addDocuments({ root: ROOT, data: fx.data, paths: [...names.map((n) => join(FIXTURES, n)), join(FIXTURES, "missing.html"), join(FIXTURES, "generate.ts")] });
    assert.ok(results.every((r) => r.status === "failed"));
    const reason = (name: string) => byFile(results, name).reason!;
    assert.match(reason("scanned.pdf"), /no text layer.*OCR is not done/);
    assert.match(reason("encrypted.pdf"), /encrypted.*password/);
    assert.match(reason("corrupt.docx"), /not a readable \.docx/);
    assert.match(reason("zh-gb18030.txt"), /looks like GB18030: convert it with `iconv/);
    assert.match(reason("missing.html"), /no such file/);
    assert.match(reason("generate.ts"), /\.ts files are not read/);
    assert.equal(fx.read("sources.json"), manifest);
    assert.deepEqual(readdirSync(join(fx.data, "documents")), ["report.txt"]);
  });

  test("the command: summary table on stdout, progress on stderr, exit 1 when a file failed", async () => {
    const fx = makeCurateFixture();
    const out = await captured(() => withData(fx.data, () => addCommand({ paths: [join(FIXTURES, "th-mekong.txt"), join(FIXTURES, "zh-gb18030.txt")] })));
    assert.equal(out.code, 1, out.stderr);
    assert.match(out.stdout, /^file +source +lang +published \(basis\) +characters +drafts +editor to confirm$/m);
    assert.match(out.stdout, /th-mekong\.txt +th-mekong +th +2024-04-02 dateline +796 +\d+ +published \(year implied\), title \(from the first line\), publisher, author, url/);
    assert.match(out.stdout, /Not added 1:\n  tests\/ingest\/documents\/fixtures\/zh-gb18030\.txt: it is not UTF-8 text/);
    assert.match(out.stdout, /1 added, 0 already there, 0 skipped, 1 not added\./);
    assert.match(out.stderr, /^\[1\/2\] .*th-mekong\.txt: added as "th-mekong"/m);
  });

  test("misuse exits 2 with the usage", async () => {
    const runs = await captured(async () => [await addCommand({ paths: [] }), await addCommand({ paths: ["x.txt"], published: "2024-13-01" }), await addCommand({ paths: ["x.txt"], lang: "not a tag" })]);
    assert.deepEqual(runs.code, [2, 2, 2]);
    assert.match(runs.stderr, /Usage: datelines add <file\|folder>\.\.\. \[--lang <tag>\] \[--published YYYY-MM-DD\]/);
    assert.match(runs.stderr, /--published must be a calendar date YYYY-MM-DD \(got "2024-13-01"\)/);
    assert.match(runs.stderr, /--lang "not a tag" is not a language tag/);
  });
});

/** Runs a command with console output captured (the CLI's stdout and stderr lines). */
async function captured<T>(run: () => Promise<T>): Promise<{ code: T; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (line: string) => void out.push(line);
  console.error = (line: string) => void err.push(line);
  try {
    return { code: await run(), stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

/** Runs with DATELINES_DATA pointing at a data folder, as the CLI would see it. */
async function withData<T>(data: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.DATELINES_DATA;
  process.env.DATELINES_DATA = data;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.DATELINES_DATA;
    else process.env.DATELINES_DATA = before;
  }
}
