/**
 * The JSON Schema of a drafts file, committed as drafts.schema.json beside this file so
 * editors' tools can read _data/drafts/*.json. `datelines schema` regenerates it with the others.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DraftsFile } from "./schema.ts";

export const DRAFTS_SCHEMA_FILE = fileURLToPath(new URL("./drafts.schema.json", import.meta.url));

export function draftsJsonSchemaText(): string {
  const schema = { title: "Datelines drafts (_data/drafts/*.json): machine proposals, not curated data", ...z.toJSONSchema(DraftsFile, { io: "input", unrepresentable: "any" }) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function writeDraftsJsonSchema(): string {
  writeFileSync(DRAFTS_SCHEMA_FILE, draftsJsonSchemaText());
  return DRAFTS_SCHEMA_FILE;
}
