/**
 * The JSON Schema of a drafts file, committed as drafts.schema.json beside this file so
 * editors' tools can read _data/drafts/*.json. Regenerate after changing schema.ts:
 *   node --import tsx src/extract/drafts/json-schema.ts
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DRAFTS_SCHEMA_FILE, draftsJsonSchemaText());
  console.log(`Wrote ${DRAFTS_SCHEMA_FILE}`);
}
