/**
 * On the seeds, the drafts cover every event in the curated dataset with the right
 * date, and no draft comes from a non-date. Runs `extract` over a copy of _data/ with
 * every locale (en, zh, ar, th) and compares with the curated events and the devset's
 * gold mentions.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import { readDrafts } from "../../src/curate/drafts-store.ts";
import { sameDate } from "../../src/extract/drafts/event-date.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

/**
 * Citations no draft can cover, and why. Each is a judgement the editor made beyond
 * what the passage's date says; the test fails on any other uncovered citation.
 */
const CANNOT_COVER: Record<string, string> = {
  "2020-03-17-france-announces-lockdown th-china-covid-cooperation@8668":
    "derived date: the passage dates the next day (วันที่ 18 มีนาคม วันรุ่งขึ้นหลัง… 'the day after France announced')",
  "2020-03-26-china-has-aided-89-countries-and-4-international-organizations peoples-daily-2020-03-29@628":
    "截至目前 is 'as of' the 29 March dateline; the editor dated the figure by the 26 March press conference of another source",
  "2020-03-26-china-has-aided-89-countries-and-4-international-organizations ar-scio-press-conference@244":
    "the passage dates the press conference (26 March, an event); 'as of' is the editor's reading of the figures it reported",
  "2020-02-first-two-batches-of-chinese-donation-to-japan-reach-tokyo th-china-covid-cooperation@4199":
    "supporting passage with no date (ต่อมา, 'later')",
  "2020-02-29-red-cross-society-of-china-team-arrives-in-tehran th-china-covid-cooperation@6033":
    "supporting passage with no date",
};

test("on the seeds, the drafts cover every curated event with the right date, and no draft comes from a non-date", async (t) => {
  const data = tempFolder("seeds");
  // Everything the dataset is validated with (media, tags, places…), but not drafts written earlier.
  cpSync(join(ROOT, "_data"), data, { recursive: true, filter: (src) => !src.startsWith(join(ROOT, "_data", "drafts")) });
  const results = await extractDrafts({ root: ROOT, data });
  assert.deepEqual(results.filter((r) => r.error).map((r) => `${r.source}: ${r.error}`), [], "every seed document has a locale");

  const loaded = await loadDataset({ root: ROOT, data });
  assert.ok(loaded.ok);
  const { files } = await readDrafts(data);
  const drafts = files.flatMap((f) => f.drafts);

  const uncovered: string[] = [];
  const coveredEvents = new Set<string>();
  for (const event of loaded.dataset.events) {
    for (const citation of event.citations) {
      const covered = drafts.some(
        (d) => d.source === citation.source && d.evidence.start < citation.end && d.evidence.end > citation.start && sameDate(d.date, event.date),
      );
      if (covered) coveredEvents.add(event.id);
      else uncovered.push(`${event.id} ${citation.source}@${citation.start}`);
    }
  }
  const notCovered = loaded.dataset.events.filter((e) => !coveredEvents.has(e.id)).map((e) => `${e.id} (${JSON.stringify(e.date)})`);
  t.diagnostic(`${coveredEvents.size} of ${loaded.dataset.events.length} events covered by a draft with the same date`);
  for (const e of notCovered) t.diagnostic(`event not covered: ${e}`);
  for (const c of uncovered) t.diagnostic(`citation not covered: ${c}${CANNOT_COVER[c] ? ` — ${CANNOT_COVER[c]}` : ""}`);
  for (const known of Object.keys(CANNOT_COVER)) if (!uncovered.includes(known)) t.diagnostic(`now covered, remove from CANNOT_COVER: ${known}`);
  assert.deepEqual(uncovered.filter((c) => !CANNOT_COVER[c]), [], "citations no draft covers with the event's date");

  // No draft from a non-date: every drafted mention is a mention in the devset's gold file for that seed.
  const devset = join(ROOT, "tests/extract/devset");
  for (const file of files) {
    const gold = readdirSync(devset, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(devset, d.name, `${basename(file.file, ".txt")}.gold.json`))
      .find(existsSync);
    if (!gold) {
      t.diagnostic(`no gold mentions for ${file.file}: not checked for non-dates`);
      continue;
    }
    const mentions = new Set((JSON.parse(readFileSync(gold, "utf8")) as { text: string; index: number }[]).map((m) => `${m.index}:${m.text}`));
    const extra = file.drafts.filter((d) => !mentions.has(`${d.mention.index}:${d.mention.text}`)).map((d) => `${d.mention.index}:${d.mention.text}`);
    assert.deepEqual(extra, [], `drafts from ${file.source} whose mention is not a date in ${gold}`);
  }
});
