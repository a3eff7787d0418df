/**
 * Loads sources.json and each source's document. Every source is checked on its own, so one
 * bad entry neither hides the others nor makes every citation of it an "unknown source".
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { Source } from "../schema/index.ts";
import { decodeUtf8, describeEncodingProblem } from "../core/text-encoding.ts";
import { problemAt, readJsonFile } from "./json-file.ts";
import type { Problem } from "./problem.ts";
import { zodProblems } from "./zod-problems.ts";
import { closestPassage } from "./closest-passage.ts";

export interface LoadedSources {
  /** Valid sources by id. */
  sources: Map<string, Source>;
  /** Document text by source id (only documents that could be read as UTF-8). */
  documents: Map<string, string>;
  /** Ids named in sources.json, valid or not: a citation of one of them is not "unknown". */
  named: Set<string>;
  /** False when sources.json could not be read at all: citations are then not checked against it. */
  readable: boolean;
  file: string;
}

const Shape = z.object({ $schema: z.string().optional(), sources: z.array(z.unknown()) }).strict();

export async function loadSources(data: string, rel: (p: string) => string, problems: Problem[]): Promise<LoadedSources> {
  const path = join(data, "sources.json");
  const result: LoadedSources = { sources: new Map(), documents: new Map(), named: new Set(), readable: false, file: rel(path) };
  const { json, problems: readProblems } = await readJsonFile(path, result.file);
  problems.push(...readProblems);
  if (!json) return result;
  const shape = Shape.safeParse(json.value);
  if (!shape.success) {
    problems.push(...zodProblems(json, shape.error));
    return result;
  }
  result.readable = true;
  for (const [i, raw] of shape.data.sources.entries()) {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === "string") result.named.add(id);
    const parsed = Source.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(json, parsed.error, ["sources", i]));
      continue;
    }
    const source = parsed.data;
    if (result.sources.has(source.id)) {
      problems.push(problemAt(json, ["sources", i, "id"], `"${source.id}" is used by another source; ids must be unique`));
      continue;
    }
    result.sources.set(source.id, source);
    const docPath = join(data, "documents", source.file);
    let bytes: Buffer;
    try {
      bytes = await readFile(docPath);
    } catch {
      problems.push(problemAt(json, ["sources", i, "file"], `document ${rel(docPath)} does not exist; add the file or fix the name`));
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      problems.push(problemAt(json, ["sources", i, "file"], `document ${rel(docPath)} ${describeEncodingProblem(decoded, rel(docPath))}`));
      continue;
    }
    if (decoded.bom) {
      problems.push(
        problemAt(json, ["sources", i, "file"], `document ${rel(docPath)} starts with a byte-order mark (U+FEFF): save it as UTF-8 without BOM (offsets are counted without it)`),
      );
    }
    result.documents.set(source.id, decoded.text);
    const { evidence, evidenceFrom } = source.published;
    if (evidence !== undefined && evidenceFrom !== "metadata" && !decoded.text.includes(evidence)) {
      const near = closestPassage(evidence, decoded.text);
      problems.push(
        problemAt(
          json,
          ["sources", i, "published", "evidence"],
          `is not in ${rel(docPath)}${near ? ` (closest: ${JSON.stringify(near.passage.slice(0, 120))}${near.differences.length ? `, which differs in ${near.differences.join("; ")}` : ""})` : ""}: ` +
            'quote the document verbatim, or set "evidenceFrom": "metadata" when the date comes from the page\'s or file\'s metadata',
        ),
      );
    }
  }
  return result;
}
