/**
 * The site stage as one Eleventy plugin: validated data in, pages out.
 * All data reaches templates through src/validate: a bad file stops the build
 * before anything renders, with every problem listed.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { Settings } from "luxon";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DatasetValidationError, loadDataset } from "../validate/index.ts";
import { dataStatus } from "./data-status.ts";
import filtersPlugin from "./filters.ts";
import embedPlugin from "./embed/embed-plugin.ts";
import { embedPages } from "./embed/embed-pages.ts";
import { buildTimelines, type Timeline } from "./timeline.ts";
import { slicePrintPage, type PrintSlice } from "./print-slice.ts";
import { writeFavicons } from "./favicon.ts";
import { keepTogether, siteWordsToKeep } from "./keep-together.ts";
import { prepareMedia, type PreparedMedia } from "./media/media-library.ts";
import { planShareImages, writeShareImages } from "./share/share-images.ts";

export interface SitePluginOptions {
  /** Project root (default: the working directory). */
  root?: string;
  /** Data folder with site.json, sources.json, documents/ and events/ (default: $DATELINES_DATA or <root>/_data). */
  data?: string;
  /** Folder kept between builds for processed pictures and downloads (default: $DATELINES_CACHE or <root>/.cache). */
  cache?: string;
  /** Never download remote pictures; they show as link cards (default: true when $DATELINES_OFFLINE is 1). */
  offline?: boolean;
  /**
   * Build only the chronology of this slice, in this language (a tag, or a path prefix such as "zh"), for
   * `datelines pdf` (default: $DATELINES_PRINT_SLICE, as JSON). Nothing else of the site is written.
   */
  printSlice?: { lang?: string; slice: PrintSlice };
  /** Build these languages' pages only (tags, as in site.json), one shard of the site (default: $DATELINES_LANGUAGES, comma-separated; else all). */
  languages?: string[];
}

/** Where the page templates are, from the project root (eleventy.config.ts). */
const PAGES = "src/site/pages";

/** The timeline of a language given as a tag ("ar", "zh-Hans") or its path prefix ("zh"); the main language's when none is given. */
function languageOf(timelines: Timeline[], lang: string | undefined): Timeline {
  if (!lang) return timelines[0]!;
  const found = timelines.find((t) => t.lang.toLowerCase() === lang.toLowerCase() || t.prefix === `/${lang}`);
  if (!found) throw new Error(`--lang ${lang}: the site is not published in it. Use one of: ${timelines.map((t) => t.lang).join(", ")}.`);
  return found;
}

/** A page's `timeline`: the language of whatever it paginates over (a timeline, or a view of one). */
export function pageTimeline(data: { pagination?: { items?: (Timeline | { timeline: Timeline })[] } }): Timeline | undefined {
  const item = data.pagination?.items?.[0];
  return item && "timeline" in item ? item.timeline : item;
}

export default function sitePlugin(eleventyConfig: UserConfig, options: SitePluginOptions = {}): void {
  const root = options.root ?? process.cwd();
  const data = options.data ?? process.env.DATELINES_DATA ?? join(root, "_data");
  const images = {
    cacheDir: options.cache ?? process.env.DATELINES_CACHE ?? join(root, ".cache"),
    offline: options.offline ?? process.env.DATELINES_OFFLINE === "1",
    eleventyConfig,
  };
  const languages = options.languages ?? process.env.DATELINES_LANGUAGES?.split(",").filter(Boolean);
  const printSlice = options.printSlice ?? (process.env.DATELINES_PRINT_SLICE ? (JSON.parse(process.env.DATELINES_PRINT_SLICE) as SitePluginOptions["printSlice"]) : undefined);
  if (printSlice) {
    for (const file of readdirSync(join(root, PAGES))) if (file.endsWith(".njk") && file !== "print.njk") eleventyConfig.ignores.add(join(PAGES, file));
  }
  Settings.throwOnInvalid = true; // an invalid date must stop the build, not print "Invalid DateTime"
  Settings.defaultZone = "utc"; // calendar dates: identical output in every machine time zone

  // Eleventy calls global data functions in the order they were added, once per build:
  // `timelines` (one per site language) loads the data afresh; `all` reuses that build's result.
  // `current`: every language's timeline; `shard`: those whose pages this build writes (all, unless `languages`).
  let current: Promise<Timeline[]> | undefined;
  let shard: Promise<Timeline[]> | undefined;
  let media: PreparedMedia | undefined;
  eleventyConfig.addGlobalData("timelines", () => {
    current = loadDataset({ root, data }).then(async (result) => {
      dataStatus.problems = result.ok ? [] : result.problems;
      if (!result.ok) throw new DatasetValidationError(result.problems);
      // Pictures are processed once, before any page renders, for every language and feed.
      media = await prepareMedia(result.dataset.events, data, images);
      return buildTimelines(result.dataset, media);
    });
    shard = current.then((all) => (languages ? all.filter((t) => languages.includes(t.lang)) : all));
    return shard;
  });
  // Every page's items, in every language of the shard, for pagination (cut into pages by paging.ts). Each item knows its `timeline`.
  eleventyConfig.addGlobalData("all", async () => {
    if (printSlice) return { printPages: [slicePrintPage(languageOf(await current!, printSlice.lang), printSlice.slice)] };
    const timelines = await shard!;
    return {
      events: timelines.flatMap((t) => t.events),
      archives: timelines.flatMap((t) => t.archivePages),
      years: timelines.flatMap((t) => t.years),
      sources: timelines.flatMap((t) => t.sourcePages),
      countries: timelines.flatMap((t) => t.countryPages),
      tags: timelines.flatMap((t) => t.tagPages),
      groups: timelines.flatMap((t) => t.groupPages),
      groupIndexes: timelines.filter((t) => t.groups.length > 0),
      printPages: timelines.flatMap((t) => t.printPages),
      feeds: timelines.flatMap((t) => t.feeds),
      // The whole site's export, in the main language: in the shard that builds the main language.
      mainTimeline: timelines.filter((t) => t.lang === t.mainLang),
      // …and its events, a year or month at a time (/2020/events.json …).
      exportParts: timelines.filter((t) => t.lang === t.mainLang).flatMap((t) => t.fileParts),
      // The TimelineJS, sheet and calendar downloads of a timeline too long for one file, a year or month at a time.
      downloadParts: timelines.filter((t) => !t.fitsInOneFile).flatMap((t) => t.fileParts),
      axisParts: timelines.flatMap((t) => t.axisParts),
      embeds: timelines.flatMap(embedPages),
    };
  });
  eleventyConfig.addGlobalData("eleventyComputed", { timeline: pageTimeline });
  // When the print view is rendered for a PDF (`datelines pdf`), the day it was made: said on its title page.
  eleventyConfig.addGlobalData("generated", () => process.env.DATELINES_GENERATED ?? "");
  eleventyConfig.addWatchTarget(data);
  // Names and loanwords that Thai line breaking would cut ("โค|วิด") kept on one line, in every page's text.
  const keep = new WeakMap<Promise<Timeline[]>, Promise<string[]>>();
  eleventyConfig.addTransform("keep-words-together", async function (this: { page: { outputPath?: string | false } }, content: string) {
    if (!current || !String(this.page.outputPath).endsWith(".html")) return content;
    if (!keep.has(current)) keep.set(current, current.then(siteWordsToKeep));
    return keepTogether(content, await keep.get(current)!);
  });

  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(filtersPlugin, { root });
  eleventyConfig.addPlugin(embedPlugin);
  eleventyConfig.addPassthroughCopy({ "src/site/pages/assets": "assets" });
  // /favicon.svg (linked by every page) and /favicon.ico (requested by browsers unasked).
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }: { directories: { output: string }; outputMode: string }) => {
    if (outputMode !== "fs") return;
    await writeFavicons(directories.output);
    await media?.publish(directories.output); // the pictures and files this build used, under /media/
    // Share images (Open Graph cards), rendered only when their text changed since a cached build.
    const [timelines, built] = [await current, await shard];
    if (timelines && built && !printSlice) {
      const report = await writeShareImages(planShareImages(built, siteWordsToKeep(timelines)), directories.output, images.cacheDir);
      if (report.images) console.log(`Share images: ${report.images} (${report.rendered} rendered, ${report.images - report.rendered} from the cache) in ${report.seconds.toFixed(1)} s`);
    }
  });
}
