/**
 * The site stage as one Eleventy plugin: validated data in, pages out.
 * All data reaches templates through src/validate: a bad file stops the build
 * before anything renders, with every problem listed.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { Settings } from "luxon";
import filtersPlugin from "./filters.ts";
import embedPlugin from "./embed/embed-plugin.ts";
import { buildSession, dataFolder, imageSettings, type BuildSession } from "./build-session.ts";
import type { EmbedPage, EventView, PrintPage, Timeline } from "./views.ts";
import { writeEventOembeds } from "./embed/oembed-files.ts";
import { embedPage, eventPage, printPage, siteTemplates, writePages } from "./item-pages.ts";
import { TEMPLATES } from "./templates.ts";
import { builtInProcesses, removeGonePages } from "./focus.ts";
import { pageLists, selectPages, type PageLists } from "./page-lists.ts";
import { ServedRuns } from "./serve-runs.ts";
import { routes } from "./routes.ts";
import { writeFavicons } from "./favicon.ts";
import { keepTogether } from "./keep-together.ts";
import { forgetViewMemos } from "./view-memo.ts";
import { planShareImages, writeShareImages } from "./share/share-images.ts";
import { writeSearchFiles } from "./search/search-files.ts";
import { compileTemplatesOnce } from "./template-cache.ts";

export interface SitePluginOptions {
  /** Project root (default: the working directory). */
  root?: string;
  /** Data folder with site.json, sources.json, documents/ and events/ (default: $DATELINES_DATA or <root>/_data). */
  data?: string;
  /** Folder kept between builds for processed pictures and downloads (default: $DATELINES_CACHE or <root>/.cache). */
  cache?: string;
  /** Never download remote pictures; they show as link cards (default: true when $DATELINES_OFFLINE is 1). */
  offline?: boolean;
  /** Build these languages' pages only (tags, as in site.json), one shard of the site (default: $DATELINES_LANGUAGES, comma-separated; else all). */
  languages?: string[];
  /**
   * Build one part of the shard's pages: every `count`-th item of each paginated list from the
   * `index`-th (0-based), and the pages made once per language in part 0 (default:
   * $DATELINES_PART as "index/count"; else the whole shard). A run holds what it renders in
   * memory until it ends, so a large timeline is built in parts, one run each.
   */
  part?: { index: number; count: number };
  /**
   * Serving (default: $DATELINES_FOCUS is 1): after a whole build, each run writes only the pages
   * that show the events changed since the previous run (focus.ts `startServing`).
   */
  focus?: boolean;
}

function partOf(value: string | undefined): SitePluginOptions["part"] {
  const match = value?.match(/^(\d+)\/(\d+)$/);
  if (!value) return undefined;
  if (!match || Number(match[1]) >= Number(match[2])) throw new Error(`DATELINES_PART=${value}: expected "index/count" with index below count, e.g. "0/4".`);
  return { index: Number(match[1]), count: Number(match[2]) };
}

/** A page's `timeline`: the language of whatever it paginates over (a timeline, or a view of one). */
function pageTimeline(data: { pagination?: { items?: (Timeline | { timeline: Timeline })[] } }): Timeline | undefined {
  const item = data.pagination?.items?.[0];
  return item && "timeline" in item ? item.timeline : item;
}

export default function sitePlugin(eleventyConfig: UserConfig, options: SitePluginOptions = {}): void {
  const root = options.root ?? process.cwd();
  const data = options.data ?? dataFolder(root);
  const images = { ...imageSettings(root, options), eleventyConfig };
  const languages = options.languages ?? process.env.DATELINES_LANGUAGES?.split(",").filter(Boolean);
  const part = options.part ?? partOf(process.env.DATELINES_PART);
  const focus = options.focus ?? process.env.DATELINES_FOCUS === "1";
  compileTemplatesOnce(); // Eleventy 3.1 compiles a template's text again for every page it paginates
  Settings.throwOnInvalid = true; // an invalid date must stop the build, not print "Invalid DateTime"
  Settings.defaultZone = "utc"; // calendar dates: identical output in every machine time zone

  // Eleventy calls global data functions in the order they were added, once per run: `timelines`
  // (those of the shard's languages) opens the build's data, shared with the build's other runs
  // (build-session.ts); `all` reuses it. Serving, each run also keeps what the next needs (serve-runs.ts).
  const serving = focus ? new ServedRuns(data, languages) : undefined;
  if (!serving) forgetViewMemos(); // a new run (a language, or a part of one) keeps nothing of the last run's pages
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => serving?.edited(queue));
  let session: Promise<BuildSession> | undefined;
  let shard: Promise<Timeline[]> | undefined;
  eleventyConfig.addGlobalData("timelines", () => {
    session = serving ? serving.session(root, images) : buildSession(root, data, images);
    shard = session.then((s) => s.timelines(languages));
    return shard;
  });
  // Every page's items, in every language of the shard, for pagination (page-lists.ts).
  // In a part of a shard (`part`), each list holds every n-th item, and pages made once per language are in the first part only.
  const inPart = <T>(items: T[]): T[] => (part ? items.filter((_, i) => i % part.count === part.index) : items);
  const once = <T>(items: T[]): T[] => (!part || part.index === 0 ? items : []);
  let selected: { events?: EventView[]; embeds?: EmbedPage[]; printPages?: PrintPage[] } = {};
  eleventyConfig.addGlobalData("all", async () => {
    const whole = (lists: PageLists) => selectPages(lists, once, inPart);
    selected = serving ? await serving.pages(await shard!, whole) : whole(pageLists(await shard!));
    return selected;
  });
  eleventyConfig.addGlobalData("eleventyComputed", { timeline: pageTimeline });
  eleventyConfig.addWatchTarget(data);
  // Names and loanwords that Thai line breaking would cut ("โค|วิด") kept on one line, in every page's text.
  eleventyConfig.addTransform("keep-words-together", async function (this: { page: { outputPath?: string | false } }, content: string) {
    if (!session || !String(this.page.outputPath).endsWith(".html")) return content;
    return keepTogether(content, (await session).wordsToKeep);
  });

  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(embedPlugin);
  if (!part || part.index === 0) eleventyConfig.addPassthroughCopy({ [`${TEMPLATES.pages}/assets`]: "assets" });
  // /favicon.svg (linked by every page) and /favicon.ico (requested by browsers unasked), once per shard;
  // each language's search files, from its whole timeline, once per language.
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }: { directories: { output: string }; outputMode: string }) => {
    if (outputMode !== "fs" || !session) return;
    const { media, wordsToKeep } = await session;
    // Each event's page, embed page and oEmbed response, and the print views, of this run (item-pages.ts).
    const pages = [...(selected.events ?? []).map(eventPage), ...(selected.embeds ?? []).map(embedPage), ...(selected.printPages ?? []).map((p) => printPage(p))];
    if (pages.length) writePages(directories.output, siteTemplates(root), pages, (html) => keepTogether(html, wordsToKeep));
    writeEventOembeds(directories.output, selected.events ?? []);
    const rendering = serving?.rendering;
    if (serving && !rendering) return; // serving, and nothing changed
    const gone = rendering?.before ? removeGonePages(directories.output, rendering.before, rendering.after) : [];
    if (rendering?.ids) {
      // Serving, after an edit to events: the pictures it added, the share images of the events it changed
      // and, for a site built in one process, the search files.
      const { ids } = rendering;
      await media.publish(directories.output);
      if (!builtInProcesses()) for (const timeline of await shard!) writeSearchFiles(directories.output, timeline);
      const cards = new Set((await shard!).flatMap((t) => [...ids].map((id) => routes.eventShareImage(t.prefix, id))));
      const planned = planShareImages(await shard!, wordsToKeep).filter((image) => cards.has(image.url));
      await writeShareImages(planned, directories.output, images.cacheDir);
      console.log(`[datelines] ${ids.size} ${ids.size === 1 ? "event" : "events"} changed: their pages written${gone.length ? `; ${gone.length} pages no longer in the site removed` : ""}`);
      return;
    }
    if (!part || part.index === 0) {
      await writeFavicons(directories.output);
      await media.publish(directories.output); // the pictures and files this build used, under /media/
      for (const timeline of await shard!) writeSearchFiles(directories.output, timeline);
    }
    // Share images (Open Graph cards), rendered only when their text changed since a cached build.
    const report = await writeShareImages(inPart(planShareImages(await shard!, wordsToKeep)), directories.output, images.cacheDir);
    if (report.images) console.log(`Share images: ${report.images} (${report.rendered} rendered, ${report.images - report.rendered} from the cache) in ${report.seconds.toFixed(1)} s`);
  });
}
