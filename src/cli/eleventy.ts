/** Runs Eleventy in this process with the project's TypeScript config. */
import Eleventy from "@11ty/eleventy";
import { readFileSync } from "node:fs";
import { parse } from "jsonc-parser";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { closeBuildSession, dataFolder, imageSettings, openBuildSession, partsFor } from "../site/build-session.ts";
import { prepareMedia } from "../site/media/media-library.ts";
import { startServing } from "../site/focus.ts";
import type { Dataset } from "../validate/index.ts";
import { buildInProcesses, SHARD_OF_BUILD } from "./build-processes.ts";
import { prepareOutputDir } from "./output-dir.ts";
import { problemsMiddleware } from "./problems-page.ts";

const CONFIG = "eleventy.config.ts";

/**
 * Builds the site into `output`, one language at a time: a shard per language, each an Eleventy
 * run of its own (or several: a large timeline's language is built in parts, a run each, because
 * a run keeps what it renders in memory until it ends; src/site/build-session.ts).
 * The runs of a process share the validated `dataset`. A large site's languages are built in
 * child processes, `workers` at a time (build-processes.ts). With `languages`, builds those only,
 * beside what the output folder already holds: shards can run in parallel, or on separate
 * machines, and their folders be merged (README, "Build in shards").
 */
export async function buildSite(
  output: string,
  { languages, dataset, workers = availableParallelism() }: { languages?: string[]; dataset?: Dataset; workers?: number } = {},
): Promise<number> {
  const all = siteLanguages();
  const unknown = languages?.filter((l) => !all.includes(l)) ?? [];
  if (unknown.length) {
    console.error(`--lang ${unknown.join(",")}: the site is not published in ${unknown.length > 1 ? "them" : "it"}. Use one or more of: ${all.join(", ")} (comma-separated).`);
    return 2;
  }
  const started = performance.now();
  const shards = languages ?? all;
  const parts = dataset ? partsFor(dataset) : 1;
  const child = process.env[SHARD_OF_BUILD] === "1";
  if (!child) prepareOutputDir(output, { keep: languages !== undefined });
  if (parts > 1 && !child && dataset) {
    // Pictures are processed once, here, into the cache the children read them from.
    await prepareMedia(dataset.events, dataFolder(process.cwd()), imageSettings(process.cwd()));
    const status = await buildInProcesses(output, shards, workers, dataset);
    if (status === 0) console.log(`Built the site into ${output}/ in ${seconds(started)} s`);
    return status;
  }
  if (dataset) openBuildSession(dataFolder(process.cwd()), dataset);
  try {
    for (const [i, lang] of shards.entries()) {
      for (let part = 0; part < parts; part++) {
        const runStarted = performance.now();
        process.env.DATELINES_LANGUAGES = lang;
        if (parts > 1) process.env.DATELINES_PART = `${part}/${parts}`;
        try {
          const eleventy = new Eleventy(undefined, output, { configPath: CONFIG, quietMode: true });
          // Its closing "Wrote N files (… ms each)" counts only the pages Eleventy wrote, not the item pages,
          // search files and oEmbed responses written beside them: the lines below say what was built. Warnings and errors still show.
          eleventy.logger.overrideLogger({ log: () => {}, warn: console.warn, error: console.error });
          await eleventy.write();
        } finally {
          delete process.env.DATELINES_LANGUAGES;
          delete process.env.DATELINES_PART;
        }
        const what = parts > 1 ? `${lang}, part ${part + 1} of ${parts}` : lang;
        const of = shards.length > 1 ? ` (language ${i + 1} of ${shards.length})` : "";
        if (shards.length > 1 || parts > 1) console.log(`Built ${what}${of} in ${seconds(runStarted)} s`);
      }
    }
  } finally {
    closeBuildSession();
  }
  console.log(child ? `Built ${shards.join(", ")} in ${seconds(started)} s` : `Built the site into ${output}/ in ${seconds(started)} s`);
  return 0;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The site's languages (tags), from site.json (already validated). */
function siteLanguages(): string[] {
  const site = parse(readFileSync(join(process.env.DATELINES_DATA ?? "_data", "site.json"), "utf8")) as { lang: string; languages?: { lang: string }[] };
  return site.languages?.map((l) => l.lang) ?? [site.lang];
}

/**
 * Serves the site with live reload. The site is built whole first: a large site (one built in
 * parts) in processes (`buildSite`), a small one by the server's first run. Then an edit to event
 * files renders only the pages that show the events it changed (src/site/focus.ts).
 */
export async function serveSite(port: number, dataset?: Dataset, output = "_site"): Promise<number> {
  if (dataset && partsFor(dataset) > 1) {
    const status = await buildSite(output, { dataset });
    if (status !== 0) return status;
    startServing(dataset);
  } else {
    prepareOutputDir(output);
    startServing();
  }
  const eleventy = new Eleventy(undefined, output, {
    configPath: CONFIG,
    runMode: "serve",
    source: "cli",
    quietMode: true, // a line per file written (a thousand for the sample) would bury the server's address and the problems
    // Invalid data shows its problems in the browser (and, without a stack trace, in the terminal).
    config: (config: { setServerOptions(options: object): void }) => config.setServerOptions({ middleware: [problemsMiddleware] }),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  process.on("SIGINT", async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
  return 0;
}
