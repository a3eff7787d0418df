/** Runs Eleventy in this process with the project's TypeScript config. */
import Eleventy from "@11ty/eleventy";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { PrintSlice } from "../site/print-slice.ts";
import { prepareOutputDir } from "./output-dir.ts";
import { problemsMiddleware } from "./problems-page.ts";

const CONFIG = "eleventy.config.ts";

export async function buildSite(output: string): Promise<number> {
  prepareOutputDir(output);
  const eleventy = new Eleventy(undefined, output, { configPath: CONFIG, quietMode: true });
  const started = performance.now();
  await eleventy.write();
  console.log(`Built the site into ${output}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

/** Builds only a slice's chronology (src/site/print-slice.ts) into `output`, for a PDF; returns its page's path. */
export async function buildPrintSlice(output: string, request: { lang?: string; slice: PrintSlice }): Promise<string> {
  prepareOutputDir(output);
  process.env.DATELINES_PRINT_SLICE = JSON.stringify(request);
  try {
    const eleventy = new Eleventy(undefined, output, { configPath: CONFIG, quietMode: true });
    eleventy.disableLogger(); // a slice that is not in the data is reported once, by the caller, without Eleventy's stack trace
    await eleventy.write();
  } finally {
    delete process.env.DATELINES_PRINT_SLICE;
  }
  const page = readdirSync(output, { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(join("print", "slice", "index.html")));
  if (!page) throw new Error(`The chronology was not built into ${output}.`);
  return `/${page.slice(0, -"index.html".length)}`;
}

export async function serveSite(port: number): Promise<number> {
  prepareOutputDir("_site");
  const eleventy = new Eleventy(undefined, "_site", {
    configPath: CONFIG,
    runMode: "serve",
    source: "cli",
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
