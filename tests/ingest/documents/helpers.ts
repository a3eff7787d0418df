/** Paths to the reader fixtures, and reading one. */
import { join } from "node:path";
import { readSourceFile } from "../../../src/ingest/documents/index.ts";

export const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
export const fixture = (name: string) => join(FIXTURES, name);
export const read = (name: string) => readSourceFile(fixture(name));

/** The paragraphs of a document text. */
export const paragraphs = (text: string) => text.trimEnd().split("\n\n");
