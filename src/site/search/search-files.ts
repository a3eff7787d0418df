/**
 * A language's search index as small static files, so that a query fetches a few kilobytes
 * whatever the size of the timeline (issue 9: at 100,000 events, one file was tens of MB):
 *
 * - the manifest (`searchManifest`): how many docs, the first word of each words file, the
 *   URLs of the files, and the second-form rules a query's words get;
 * - words files (`searchWords`): the sorted words cut into ranges of about `wordFileBytes` (4 KB), each
 *   `{ word: doc list }` (postings.ts). The words a query's word begins are contiguous in sorted
 *   order, so a prefix lies in one file or a few neighbours; a single word larger than the bound
 *   (a word in every event) has a file of its own;
 * - docs files (`searchDocs`): the events' `[url, headline, date label, headline's language?]`,
 *   `docsPerFile` (4) a file in timeline order, fetched only for the results shown.
 *
 * Written once per language from the whole timeline (plugin.ts), so a build in parts writes the
 * same files as a whole one.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeAtUrl } from "../output-files.ts";
import { route } from "../routes.ts";
import type { Timeline } from "../views.ts";
import { encodeDocs } from "./postings.ts";
import { buildSearchIndex, type SearchIndex } from "./search-index.ts";
import { queryRules } from "./tokens.ts";

export interface SearchManifest {
  /** How many docs (events) the index holds. */
  docs: number;
  docsPerFile: number;
  /** The first word of each words file, shortened to what sets it apart from the file before ("" for the first). */
  wordFiles: string[];
  /** URLs of a words file and a docs file, with "{n}" for the file's number. */
  words: string;
  docFiles: string;
  /** Second forms of a query's words: the rules of each language the index was cut with that has any, and the script they apply to. */
  forms: { script: string; wordPrefix?: string; fold?: [string, string][] }[];
}

export interface SearchFile {
  /** The site path, from routes.ts. */
  url: string;
  content: string;
}

export interface SearchFileSizes {
  /** The most bytes of words in one words file (one word larger than this has a file of its own). */
  wordFileBytes: number;
  docsPerFile: number;
}

export const SEARCH_FILE_SIZES: SearchFileSizes = { wordFileBytes: 4 * 1024, docsPerFile: 4 };

/** Cuts the sorted words into files of at most `bytes` (a word's entry as JSON, `"word":"docs",`); returns each file's entries. */
export function cutWords(words: [string, string][], bytes: number): [string, string][][] {
  const files: [string, string][][] = [];
  let current: [string, string][] = [];
  let size = 2;
  for (const entry of words) {
    const entrySize = Buffer.byteLength(JSON.stringify(entry[0])) + entry[1].length + 4;
    if (current.length && size + entrySize > bytes) {
      files.push(current);
      current = [];
      size = 2;
    }
    current.push(entry);
    size += entrySize;
  }
  if (current.length) files.push(current);
  return files;
}

/** The shortest start of `first` (in code points) that sorts after `previous`: the boundary the manifest keeps. */
export function boundary(previous: string, first: string): string {
  let start = "";
  for (const c of first) {
    start += c;
    if (start > previous) return start;
  }
  return first;
}

/** The manifest and files of `index`, with URLs under a language's `prefix`. */
export function indexFiles(index: SearchIndex, prefix: string, sizes: SearchFileSizes = SEARCH_FILE_SIZES): SearchFile[] {
  const entries = Object.entries(index.words).map(([word, docs]) => [word, encodeDocs(docs)] as [string, string]);
  const wordFiles = cutWords(entries, sizes.wordFileBytes);
  const docFiles = Array.from({ length: Math.ceil(index.docs.length / sizes.docsPerFile) }, (_, n) => index.docs.slice(n * sizes.docsPerFile, (n + 1) * sizes.docsPerFile));
  const forms = new Map<string, SearchManifest["forms"][number]>();
  for (const lang of index.languages) {
    const rules = queryRules(lang);
    if (rules) forms.set(JSON.stringify(rules), rules);
  }
  const manifest: SearchManifest = {
    docs: index.docs.length,
    docsPerFile: sizes.docsPerFile,
    wordFiles: wordFiles.map((file, n) => (n === 0 ? "" : boundary(wordFiles[n - 1]!.at(-1)![0], file[0]![0]))),
    words: route("searchWords", prefix, "{n}"),
    docFiles: route("searchDocs", prefix, "{n}"),
    forms: [...forms.values()],
  };
  return [
    { url: route("searchManifest", prefix), content: JSON.stringify(manifest) },
    ...wordFiles.map((file, n) => ({ url: route("searchWords", prefix, String(n)), content: JSON.stringify(Object.fromEntries(file)) })),
    ...docFiles.map((docs, n) => ({ url: route("searchDocs", prefix, String(n)), content: JSON.stringify(docs) })),
  ];
}

/** A timeline's search files. */
export function searchFiles(timeline: Timeline, sizes?: SearchFileSizes): SearchFile[] {
  return indexFiles(buildSearchIndex(timeline), timeline.prefix, sizes);
}

/** Writes a timeline's search files into the site folder `output`, replacing the language's earlier ones (a build into a kept folder). */
export function writeSearchFiles(output: string, timeline: Timeline, sizes?: SearchFileSizes): SearchFile[] {
  const files = searchFiles(timeline, sizes);
  for (const folder of [route("searchWords", timeline.prefix, "0"), route("searchDocs", timeline.prefix, "0")]) {
    rmSync(join(output, dirname(folder)), { recursive: true, force: true });
  }
  for (const file of files) writeAtUrl(output, file.url, file.content);
  return files;
}
