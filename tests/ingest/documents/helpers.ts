/** Paths to the reader fixtures, and reading one. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSourceFile } from "../../../src/ingest/documents/index.ts";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);
export const read = (name: string) => readSourceFile(fixture(name));

/** The paragraphs of a document text. */
export const paragraphs = (text: string) => text.trimEnd().split("\n\n");
