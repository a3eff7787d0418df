/**
 * Reads a JSON data file strictly (no comments, no trailing commas) and keeps the
 * syntax tree, so any later problem can be reported at its line and column.
 */
import { readFile } from "node:fs/promises";
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { decodeUtf8, describeEncodingProblem } from "../core/text-encoding.ts";
import { formatPath, type Problem } from "./problem.ts";

export interface JsonFile {
  file: string;
  text: string;
  value: unknown;
  tree: Node | undefined;
}

/** `read`: the file's bytes when the caller has read them already. */
export async function readJsonFile(path: string, file: string, read?: Buffer): Promise<{ json?: JsonFile; problems: Problem[] }> {
  let bytes: Buffer;
  try {
    bytes = read ?? (await readFile(path));
  } catch (error) {
    return { problems: [{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` }] };
  }
  // An encoding problem is reported, and the rest of the file is still checked, so one run lists everything.
  const encoding: Problem[] = [];
  const decoded = decodeUtf8(bytes);
  let text: string;
  if (decoded.ok) {
    text = decoded.text;
    if (decoded.bom) encoding.push({ file, line: 1, column: 1, message: "starts with a byte-order mark (BOM); save it as UTF-8 without BOM" });
  } else {
    text = decoded.lossy;
    encoding.push({ file, line: decoded.line, column: decoded.column, message: describeEncodingProblem(decoded, file) });
  }
  const { json, problems } = parseJson(text, file);
  return { json, problems: [...encoding, ...problems] };
}

function parseJson(text: string, file: string): { json?: JsonFile; problems: Problem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || tree === undefined) {
    // Only the first syntax error: the ones after it are usually its echoes.
    const problems = errors.slice(0, 1).map((e) => ({
      file,
      ...lineAndColumn(text, e.offset),
      message: `is not valid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
    }));
    return { problems: problems.length ? problems : [{ file, message: "is empty; it must hold a JSON object" }] };
  }
  return { json: { file, text, value: getNodeValue(tree), tree }, problems: [] };
}

/** A problem at a JSON path; falls back to the nearest existing parent node. */
export function problemAt(json: JsonFile, path: readonly PropertyKey[], message: string): Problem {
  const keys = path.filter((k): k is string | number => typeof k !== "symbol");
  let node: Node | undefined;
  for (let n = keys.length; n >= 0 && node === undefined; n--) {
    node = json.tree && findNodeAtLocation(json.tree, keys.slice(0, n));
  }
  // Point at the property name when there is one: that is where an editor looks.
  const at = node?.parent?.type === "property" ? node.parent.offset : node?.offset;
  return { file: json.file, ...(at === undefined ? {} : lineAndColumn(json.text, at)), field: formatPath(keys), message };
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `${words} (check for a missing comma, quote or bracket near here)`;
}
