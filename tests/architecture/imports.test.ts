/**
 * The pipeline runs one way in the code too. Every static and dynamic import under src/
 * is read (TypeScript's own import scanner), and:
 * - a stage folder imports only folders in layers below its own (same layer: independent);
 * - there is no cycle among the stage folders;
 * - there is no cycle among the modules of src/site (view types live in views.ts).
 * A new folder under src/ must be given a layer here (and in the README's "The folders").
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, test } from "node:test";
import ts from "typescript";
import { ROOT } from "../support/fixture.ts";

/** Lowest first. A stage may import the stages of any layer below its own, and no other. */
export const LAYERS: readonly (readonly string[])[] = [
  ["core"], // value modules every stage uses: partial dates, code points, text encoding, slugs…
  ["languages"], // one folder per language: its extraction parsers, names, date words, interface strings, methodology
  ["schema"], // the zod schemas and the types derived from them
  ["ingest", "extract"], // documents and timelines in; dates found in text (independent of each other)
  ["validate"], // loads _data/ and checks it
  ["curate", "site"], // the editor's commands; the Eleventy plugin (independent of each other)
  ["print"], // Chromium and the PDF of a built site
  ["desk"], // the editor's desk: drafts, events and previews in the browser
  ["cli"], // the `datelines` command, which wires everything
];

const SRC = join(ROOT, "src");
/** Files outside src/ that src/ may import, and the stage they belong to. */
const OUTSIDE: Record<string, string> = { "eleventy.config.ts": "site" };
/** Folders whose modules must not import each other in a circle. */
const ACYCLIC = ["site"];

interface Import {
  from: string;
  to: string;
}

const layerOf = new Map(LAYERS.flatMap((stages, i) => stages.map((s) => [s, i] as const)));
const files = listFiles(SRC);
const imports: Import[] = files.flatMap((file) =>
  ts
    .preProcessFile(readFileSync(file, "utf8"), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => ({ from: file, to: resolve(dirname(file), spec) })),
);

describe("imports run one way", () => {
  test("every folder under src/ has a layer", () => {
    const unknown = [...new Set(files.map(stageOf))].filter((s) => !layerOf.has(s));
    assert.deepEqual(unknown, [], `give these folders a layer in tests/architecture/imports.test.ts (and describe them in the README): ${unknown.join(", ")}`);
  });

  test("a stage imports only the stages below it", () => {
    const wrong = imports.flatMap(({ from, to }) => {
      const [a, b] = [stageOf(from), stageOf(to)];
      if (a === b || !layerOf.has(a)) return [];
      if (!layerOf.has(b)) return [`${rel(from)} imports ${rel(to)}, which is in no stage`];
      if (layerOf.get(b)! < layerOf.get(a)!) return [];
      const below = LAYERS.slice(0, layerOf.get(a)).flat().join(", ");
      return [`${rel(from)} imports ${rel(to)}: ${a} may import only ${below}`];
    });
    assert.deepEqual(wrong, []);
  });

  test("no cycle among the stage folders", () => {
    const edges = imports.map(({ from, to }) => [stageOf(from), stageOf(to)] as const).filter(([a, b]) => a !== b);
    const cycles = findCycles(edges);
    assert.deepEqual(cycles, [], `import cycles between folders: ${cycles.map((c) => [...c, c[0]].join(" → ")).join("; ")}`);
  });

  test("the cycle finder finds cycles", () => {
    assert.deepEqual(findCycles([["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"], ["e", "e"]]), [["a", "b", "c"], ["e"]]);
    assert.deepEqual(findCycles([["a", "b"], ["a", "c"], ["b", "c"]]), []);
  });

  for (const folder of ACYCLIC) {
    test(`no cycle among the modules of src/${folder}/`, () => {
      const inFolder = (f: string) => rel(f).startsWith(`src/${folder}/`);
      const edges = imports.filter((i) => inFolder(i.from) && inFolder(i.to)).map((i) => [rel(i.from), rel(i.to)] as const);
      const cycles = findCycles(edges);
      assert.deepEqual(cycles, [], `import cycles: ${cycles.map((c) => [...c, c[0]].join(" → ")).join("; ")}`);
    });
  }
});

function stageOf(file: string): string {
  const path = relative(SRC, file);
  if (path.startsWith("..")) return OUTSIDE[relative(ROOT, file)] ?? `outside src (${relative(ROOT, file)})`;
  return path.split(sep)[0]!;
}

function rel(file: string): string {
  return relative(ROOT, file);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return /\.(?:[cm]?ts|[cm]?js)$/.test(name) ? [path] : [];
  });
}

/** Each strongly connected group of more than one node (or a node importing itself), as a path. */
export function findCycles(edges: readonly (readonly [string, string])[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || next.get(v)?.has(v)) cycles.push(group.reverse());
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}
