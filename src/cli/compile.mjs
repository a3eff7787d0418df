/**
 * The CLI as compiled JavaScript, so that `datelines extract` and the other data commands start
 * in a fraction of a second: running TypeScript through tsx's loader costs over a second of CPU
 * per start (a loader thread, and a message to it for every one of some hundred modules).
 *
 * esbuild bundles src/cli/main.ts and what it imports into node_modules/.cache/datelines/<key>/
 * (a chunk per lazily loaded command; packages stay imports from node_modules), and the worker
 * threads' modules beside it; bin.mjs names that folder in DATELINES_COMPILED_CLI. Each module's
 * import.meta.url is its source file's, so files found relative to a module are found in src/.
 * The key is a hash of every .ts and .json file under src/ (path, size, modification time): an edit
 * to any of them makes a new key, and the next start compiles again (about a second) before running, so
 * compiled code is never stale. `npm ci` compiles once (the `prepare` script), as does
 * `node src/cli/compile.mjs`.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
/** Modules run as worker threads, compiled as entries of their own. */
const WORKERS = ["curate/drafts-worker.ts"];
/** How long a compiled tree of earlier sources is kept. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Every TypeScript and JSON file under src/ (what compiling reads; other files are read from src/
 * at run time), with its size and modification time, and where the project is: what the compiled
 * tree is keyed on.
 */
function sourceKey(root) {
  const src = join(root, "src");
  const files = readdirSync(src, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(?:ts|json)$/.test(e.name));
  // The desk's chunk bundles the site's config from outside src/.
  const paths = [...files.map((e) => join(e.parentPath ?? e.path, e.name)), join(root, "eleventy.config.ts")].filter(existsSync).sort();
  // The project's own path too: compiled modules name their sources' absolute paths (import.meta.url).
  const lines = [root, ...paths.map((path) => {
    const { size, mtimeMs } = statSync(path);
    return `${relative(src, path)}\0${size}\0${mtimeMs}`;
  })];
  // FNV-1a in two 32-bit halves: loading node:crypto for a hash would cost more than all the stats.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const line of lines) {
    for (let i = 0; i <= line.length; i++) {
      const c = i < line.length ? line.charCodeAt(i) : 10; // and a line break between lines
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

/**
 * The URL of the compiled CLI's main module, compiling it first when src/ changed since the last
 * compile; undefined when it cannot be compiled (then run the TypeScript through tsx, which also
 * reports a syntax error better).
 */
export async function compiledMain(root = PROJECT) {
  try {
    const dir = join(root, "node_modules", ".cache", "datelines", sourceKey(root));
    const main = join(dir, "main.js");
    if (!existsSync(main)) await compile(root, dir);
    return pathToFileURL(main).href;
  } catch {
    return undefined;
  }
}

async function compile(root, dir) {
  const { build } = await import("esbuild");
  const temporary = `${dir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  await build({
    // The CLI, and the worker threads it starts (src/curate/drafts-pool.ts finds them beside main.js).
    entryPoints: [join(root, "src", "cli", "main.ts"), ...WORKERS.map((w) => join(root, "src", w)).filter(existsSync)],
    entryNames: "[name]",
    outdir: temporary,
    bundle: true,
    splitting: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    plugins: [
      {
        name: "source-locations",
        setup(b) {
          // A module finds files next to its source (locale folders, JSON, assets), wherever its code is bundled.
          b.onLoad({ filter: /\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
            loader: "ts",
          }));
        },
      },
    ],
  });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(dir)) throw error; // another start compiled the same sources first: use theirs
  }
  removeOldTrees(dir);
}

/** Removes compiled trees of earlier sources an hour after they were made (a command still running may load from one). */
function removeOldTrees(keep) {
  for (const name of readdirSync(dirname(keep))) {
    const path = join(dirname(keep), name);
    if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const main = await compiledMain();
  if (!main) {
    console.error("Could not compile the CLI; `datelines` will run its TypeScript through tsx (slower to start).");
    process.exitCode = 1;
  } else console.log(`Compiled the CLI into ${relative(process.cwd(), dirname(fileURLToPath(main)))}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
