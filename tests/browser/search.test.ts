/**
 * Static full-text search finds events from a query in any of the four scripts, fetching only
 * the files of the index that hold the query's words and the records of the results shown.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { SITE_ORIGIN } from "../../src/print/built-site.ts";
import { indexFiles, searchFiles, type SearchFile, type SearchManifest } from "../../src/site/search/search-files.ts";
import { buildSearchIndex } from "../../src/site/search/search-index.ts";
import { buildTimelines } from "../../src/site/timeline.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { makeFixture, ROOT, validEvent } from "../support/fixture.ts";
import { newTab, pathOf, readExport, startSession, type Session } from "./support.ts";

const data = readExport();
const laos = data.events.filter((e) => e.countries.includes("LA")).map((e) => pathOf(e.url));
/** Small files, so that the sample's index is cut into many: each words file about 300 bytes, three records a docs file. */
const SMALL = { wordFileBytes: 300, docsPerFile: 3 };

/** Loads a search page and waits until its script says how many events match; returns the results' paths. */
async function search(page: Page, open: (path: string) => Promise<number>, path: string): Promise<string[]> {
  assert.equal(await open(path), 200);
  await page.waitForFunction(() => {
    const said = document.querySelector("#search-status")?.textContent ?? "";
    return said !== "" && said !== document.querySelector<HTMLFormElement>("form.search")?.dataset.searching;
  });
  return page.$$eval("#results a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Serves `files` in place of the built site's search files; returns the search files each page load fetched. */
async function serveSearchFiles(context: BrowserContext, files: SearchFile[]): Promise<string[]> {
  const byUrl = new Map(files.map((f) => [f.url, f.content]));
  const fetched: string[] = [];
  await context.route(
    (url) => byUrl.has(url.pathname),
    (route) => {
      const path = new URL(route.request().url()).pathname;
      fetched.push(path);
      return route.fulfill({ contentType: "application/json", body: byUrl.get(path)! });
    },
  );
  return fetched;
}

describe("search", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  async function results(query: string, prefix = ""): Promise<string[]> {
    const { page, open } = await session.tab();
    return search(page, open, `${prefix}/search/?q=${encodeURIComponent(query)}`);
  }

  test("the dataset has a Laos event to look for", () => assert.ok(laos.length > 0));

  for (const query of ["Laos", "laos", "老挝", "ลาว", "لاوس", "Vientiane"]) {
    test(`"${query}" finds the Laos event`, async () => {
      const found = await results(query);
      for (const path of laos) assert.ok(found.includes(path), `${query}: ${found.join(", ")}`);
    });
  }

  test("each language's search page searches its own index, in its own script", async () => {
    for (const [prefix, query] of [["/zh", "老挝"], ["/th", "ลาว"], ["/ar", "لاوس"]] as const) {
      const found = await results(query, prefix);
      assert.deepEqual(found.sort(), laos.map((p) => `${prefix}${p}`).sort(), `${prefix}: ${query}`);
    }
  });

  test("every word of a query must match, and nonsense matches nothing", async () => {
    const both = await results("Laos Mongolia");
    assert.ok(!both.some((p) => laos.includes(p)) || data.events.some((e) => e.countries.includes("LA") && e.countries.includes("MN")));
    assert.deepEqual(await results("zzqxj"), []);
  });

  test("a quote's own words find its event (Arabic)", async () => {
    const event = data.events.find((e) => e.citations.some((c) => c.lang === "ar"))!;
    const word = event.citations.find((c) => c.lang === "ar")!.quote.split(/\s+/).find((w) => w.length > 5)!;
    assert.ok((await results(word)).includes(pathOf(event.url)), word);
  });

  describe("an index cut into many small files", () => {
    let timelines: ReturnType<typeof buildTimelines>;
    before(async () => {
      const loaded = await loadDataset({ root: ROOT, data: join(ROOT, "_data") });
      assert.ok(loaded.ok);
      timelines = buildTimelines(loaded.dataset);
    });

    /** The events (docs) whose index has, for every word of the query, a word that starts with one of its forms: the search as specified. */
    function matches(prefix: string, words: string[][]): number[] {
      const index = buildSearchIndex(timelines.find((t) => t.prefix === prefix)!);
      const matching = words.map((forms) => new Set(Object.entries(index.words).flatMap(([word, docs]) => (forms.some((f) => word.startsWith(f)) ? docs : []))));
      return index.docs.flatMap((_, d) => (matching.every((m) => m.has(d)) ? [d] : []));
    }
    const expected = (prefix: string, words: string[][]): string[] => {
      const index = buildSearchIndex(timelines.find((t) => t.prefix === prefix)!);
      return matches(prefix, words).map((d) => index.docs[d]![0]);
    };

    // Each word with its forms: the Arabic without its conjunction, preposition or article (ar/search.json).
    for (const [prefix, query, words] of [
      ["", "china march", [["china"], ["march"]]],
      ["/zh", "中国 老挝", [["中国"], ["老挝"]]],
      ["/th", "จีน ลาว", [["จีน"], ["ลาว"]]],
      ["/ar", "الصين لاوس", [["الصين", "صين"], ["لاوس", "اوس"]]],
    ] as const) {
      test(`"${query}" (${prefix || "/"}): its words are in different files; the events with both are found, fetching only their files`, async () => {
        const timeline = timelines.find((t) => t.prefix === prefix)!;
        const files = searchFiles(timeline, SMALL);
        const manifest = JSON.parse(files[0]!.content) as SearchManifest;
        const fileOf = (w: string) => manifest.wordFiles.findLastIndex((first) => first <= w);
        assert.notEqual(fileOf(words[0][0]), fileOf(words[1][0]), "the two words share a file: the test would not cross files");
        const want = expected(prefix, words.map((w) => [...w]));
        const alone = expected(prefix, [[...words[0]]]);
        assert.ok(want.length > 0 && want.length < alone.length, `${query}: ${want.length} of ${alone.length}: the second word must narrow the first`);
        const context = await session.context();
        const fetched = await serveSearchFiles(context, files);
        const { page, open } = await newTab(context);
        const found = await search(page, open, `${prefix}/search/?q=${encodeURIComponent(query)}`);
        assert.deepEqual(found, want.slice(0, 20));
        const wordFiles = fetched.filter((p) => p.includes("/words/"));
        assert.ok(wordFiles.length >= 2 && wordFiles.length < manifest.wordFiles.length / 4, `${wordFiles.length} of ${manifest.wordFiles.length} words files fetched`);
        const docFiles = new Set(fetched.filter((p) => p.includes("/docs/")));
        assert.ok(docFiles.size <= Math.ceil(want.length / SMALL.docsPerFile) + 1 && docFiles.size > 0, `${docFiles.size} docs files for ${want.length} results`);
        await context.close();
      });
    }

    test("a word's start finds the words it begins across neighbouring files", async () => {
      const timeline = timelines.find((t) => t.prefix === "")!;
      const files = searchFiles(timeline, SMALL);
      const manifest = JSON.parse(files[0]!.content) as SearchManifest;
      const fileOf = (w: string) => manifest.wordFiles.findLastIndex((first) => first <= w);
      const words = Object.keys(buildSearchIndex(timeline).words);
      // A start of three Latin letters whose words are in more than one file.
      const start = [...new Set(words.filter((w) => /^[a-z]{3}/.test(w)).map((w) => w.slice(0, 3)))].find(
        (p) => new Set(words.filter((w) => w.startsWith(p)).map(fileOf)).size > 1,
      )!;
      assert.ok(start, "no start of a word spans two files");
      const want = expected("", [[start]]);
      const context = await session.context();
      const fetched = await serveSearchFiles(context, files);
      const { page, open } = await newTab(context);
      assert.deepEqual(await search(page, open, `/search/?q=${start}`), want.slice(0, 20), start);
      assert.ok(fetched.filter((p) => p.includes("/words/")).length > 1);
      await context.close();
    });

    test("a word with more results than a page shows the first twenty, and the rest on demand", async () => {
      const timeline = timelines.find((t) => t.prefix === "/zh")!;
      const docs = matches("/zh", [["中国"]]);
      const want = expected("/zh", [["中国"]]);
      assert.ok(want.length > 20, `${want.length} results`);
      const context = await session.context();
      const fetched = await serveSearchFiles(context, searchFiles(timeline, SMALL));
      const { page, open } = await newTab(context);
      assert.deepEqual(await search(page, open, `/zh/search/?q=${encodeURIComponent("中国")}`), want.slice(0, 20));
      const shown = new Set(docs.slice(0, 20).map((d) => `/zh/search/docs/${Math.floor(d / SMALL.docsPerFile)}.json`));
      assert.deepEqual(new Set(fetched.filter((p) => p.includes("/docs/"))), shown, "only the records of the results shown are fetched");
      await page.click("#more-results button");
      await page.waitForFunction((n) => document.querySelectorAll("#results a").length === n, want.length);
      assert.deepEqual(await page.$$eval("#results a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)), want);
      assert.equal(await page.locator("#more-results").isHidden(), true);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), want[20]);
      await context.close();
    });
  });

  test("emoji are words: an event with 😷 in its headline is found by 😷, and 👍 finds 👍🏽", async () => {
    const fixture = makeFixture([validEvent({ headline: "Masks 😷 and gloves 🧤 reach Vientiane 👍🏽" })]);
    const loaded = await loadDataset({ root: fixture.dir, data: fixture.dir });
    assert.ok(loaded.ok);
    const context = await session.context();
    await serveSearchFiles(context, indexFiles(buildSearchIndex(buildTimelines(loaded.dataset)[0]!), "", SMALL));
    const { page, open } = await newTab(context);
    for (const [query, count] of [["😷", 1], ["🧤 masks", 1], ["👍", 1], ["👍🏽", 1], ["🚑", 0]] as const) {
      await search(page, open, `/search/?q=${encodeURIComponent(query)}`);
      assert.equal(await page.locator("#results a").count(), count, query);
    }
    await context.close();
  });
});
