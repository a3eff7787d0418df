/**
 * `npm run bench:extract -- --folder N`: `datelines extract` (the CLI, compiled, as an editor runs
 * it) over a folder of N synthetic documents (each three dev-set documents of one language, round
 * every language of the dev set), with one worker and with one per core: documents/s, MB/s, wall and CPU
 * time (all threads of the process, start included), and whether the drafts are the same bytes.
 * Writes into a temporary data folder, removed afterwards.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

export async function folderBench(root: string, devset: string, count: number): Promise<string> {
  const data = mkdtempSync(join(tmpdir(), "datelines-bench-folder-"));
  try {
    const bytes = makeFolder(root, devset, data, count);
    // Reports the CLI's CPU time (every thread) when it exits.
    writeFileSync(join(data, "cpu.cjs"), 'process.on("exit", () => require("node:fs").writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())));\n');
    const rows = [`| workers | documents | MB | wall (s) | CPU (s) | documents/s | MB/s | same drafts as 1 worker |`, `|---:|---:|---:|---:|---:|---:|---:|---|`];
    let reference: string | undefined;
    for (const workers of [...new Set([1, availableParallelism()])]) {
      rmSync(join(data, "drafts"), { recursive: true, force: true });
      const cpuFile = join(data, "cpu.json");
      const t0 = performance.now();
      const run = spawnSync(process.execPath, ["--require", join(data, "cpu.cjs"), join(root, "src/cli/bin.mjs"), "extract", "--workers", String(workers)], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, DATELINES_DATA: data, BENCH_CPU_FILE: cpuFile },
      });
      const wall = (performance.now() - t0) / 1000;
      if (run.status !== 0) throw new Error(`datelines extract --workers ${workers} failed (exit ${run.status}):\n${run.stderr}`);
      const cpu = JSON.parse(readFileSync(cpuFile, "utf8")) as { user: number; system: number };
      const drafts = readdirSync(join(data, "drafts")).sort().map((name) => readFileSync(join(data, "drafts", name), "utf8")).join("\n");
      reference ??= drafts;
      const mb = bytes / 1e6;
      rows.push(`| ${workers} | ${count.toLocaleString("en")} | ${mb.toFixed(2)} | ${wall.toFixed(2)} | ${((cpu.user + cpu.system) / 1e6).toFixed(2)} | ${(count / wall).toFixed(0)} | ${(mb / wall).toFixed(2)} | ${drafts === reference ? "yes" : "**no**"} |`);
    }
    return rows.join("\n");
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

/** N documents and their sources in a new data folder; their total size in UTF-8 bytes. */
function makeFolder(root: string, devset: string, data: string, count: number): number {
  mkdirSync(join(data, "documents"), { recursive: true });
  mkdirSync(join(data, "events"));
  cpSync(join(root, "_data", "site.json"), join(data, "site.json"));
  const languages = readdirSync(devset, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const pools = languages.map((lang) => ({
    lang,
    texts: readdirSync(join(devset, lang))
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => readFileSync(join(devset, lang, name), "utf8")),
  }));
  const sources: object[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { lang, texts } = pools[i % pools.length]!;
    const k = Math.floor(i / pools.length);
    const text = [0, 1, 2].map((j) => texts[(k + j) % texts.length]!).join("\n\n");
    const id = `doc-${String(i + 1).padStart(5, "0")}`;
    writeFileSync(join(data, "documents", `${id}.txt`), text);
    bytes += Buffer.byteLength(text);
    sources.push({ id, file: `${id}.txt`, title: `[Synthetic document ${i + 1}]`, lang, published: { date: "2020-03-29", basis: "unknown" } });
  }
  writeFileSync(join(data, "sources.json"), JSON.stringify({ sources }, null, 2));
  return bytes;
}
