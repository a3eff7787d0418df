/** Runs Eleventy in this process with the project's TypeScript config. */
import Eleventy from "@11ty/eleventy";
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
