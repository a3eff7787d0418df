/**
 * `datelines pdf` for a slice: a country in Arabic and a span of months in Thai, each a PDF
 * whose outline has a bookmark per month in the language's own words, whose title names the
 * slice in that script, and whose pages are numbered; a slice that is not in the data, or
 * dates written wrongly, are refused with the option named and the fix.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { periodLabel } from "../../src/site/date-label.ts";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

const out = tempFolder("pdf-test");
after(() => rmSync(out, { recursive: true, force: true }));
const { events } = readEventsExport<{ date: { start: string; precision: string }; countries: string[]; headline: string }>(SITE);

function pdf(...args: string[]) {
  return spawnSync(process.execPath, ["src/cli/bin.mjs", "pdf", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATELINES_GENERATED: "2026-12-01T00:00:00Z" } });
}

async function read(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const outline = (await doc.getOutline()) ?? [];
    const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
    return { pages: doc.numPages, outline: outline.map((o) => ({ title: o.title, items: o.items.map((i) => i.title) })), title: info.Title ?? "" };
  } finally {
    await doc.destroy();
  }
}

/** The months of the events, in order, as headings in `lang` say them. */
const months = (list: typeof events, lang: string) => [...new Set(list.map((e) => e.date.start.slice(0, 7)).sort())].map((m) => periodLabel(m, lang));

test("a country's chronology in Arabic: bookmarks per month in Arabic, the slice in the title", async () => {
  const file = join(out, "fr-ar.pdf");
  const run = pdf("--country", "FR", "--lang", "ar", "--output", file);
  assert.equal(run.status, 0, run.stderr);
  const { pages, outline, title } = await read(file);
  assert.ok(pages >= 1);
  assert.equal(outline.length, 1, "one top-level bookmark: the title");
  const expected = months(events.filter((e) => e.countries.includes("FR")), "ar");
  // Chromium writes an Arabic heading's bookmark in display order ("2020 مارس" for "مارس 2020"): compare the words.
  const words = (s: string) => s.split(" ").sort().join(" ");
  assert.deepEqual(outline[0]!.items.slice(0, expected.length).map(words), expected.map(words));
  assert.match(title, /فرنسا/, `PDF title "${title}"`);
});

test("a span of months in Thai: only those months, more than one page, each page numbered", async () => {
  const file = join(out, "th.pdf");
  const run = pdf("--from", "2020-03", "--to", "2020-04", "--lang", "th", "--output", file);
  assert.equal(run.status, 0, run.stderr);
  const { pages, outline, title } = await read(file);
  const inSpan = events.filter((e) => e.date.start >= "2020-03" && e.date.start < "2020-05");
  assert.deepEqual(outline[0]!.items.slice(0, -2), months(inSpan, "th"), "a bookmark per month, then the notes and the note on dates");
  assert.ok(pages > 1, `${pages} page`);
  assert.match(title, /\p{Script=Thai}/u);
  assert.match(title, /มีนาคม/);
});

test("a bookmark keeps a heading's words apart where its line wraps", async () => {
  const file = join(out, "fr.pdf");
  const run = pdf("--country", "FR", "--output", file);
  assert.equal(run.status, 0, run.stderr);
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const titles = ((await doc.getOutline()) ?? []).flatMap((top) => top.items.flatMap((month) => month.items.map((event: { title: string }) => event.title)));
  await doc.destroy();
  const headlines = events.filter((e) => e.countries.includes("FR")).map((e) => e.headline);
  assert.ok(headlines.some((h) => h.length > 70), "a headline long enough to wrap");
  assert.deepEqual(titles, headlines);
});

test("a slice the data does not have, or dates written wrongly, are refused with the option and the fix", () => {
  const missing = pdf("--country", "ZZ", "--output", join(out, "x.pdf"));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /--country ZZ: no published event has it\. Use one of: .*FR/);
  assert.doesNotMatch(missing.stderr, /at .*\.js:\d+/, "no stack trace");
  const swapped = pdf("--from", "2020-04", "--to", "2020-03");
  assert.equal(swapped.status, 2);
  assert.match(swapped.stderr, /--from 2020-04 is after --to 2020-03: swap them/);
  const malformed = pdf("--from", "March 2020");
  assert.equal(malformed.status, 2);
  assert.match(malformed.stderr, /--from March 2020: use YYYY, YYYY-MM or YYYY-MM-DD \(a year, month or day: 2020, 2020-03 or 2020-03-15\)/);
  const language = pdf("--lang", "xx", "--output", join(out, "x.pdf"));
  assert.equal(language.status, 1);
  assert.match(language.stderr, /--lang xx: the site is not published in it\. Use one of: en, zh-Hans, ar, th/);
});
