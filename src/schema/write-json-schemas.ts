/** Emits JSON Schemas for the data files, so editors get completion and checks. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ErasFile } from "./eras.ts";
import { EventsFile } from "./event.ts";
import { GroupsFile } from "./groups.ts";
import { PlacesFile } from "./places.ts";
import { SiteConfig } from "./site.ts";
import { SourcesFile } from "./source.ts";
import { TagsFile } from "./tags.ts";

export const GENERATED_DIR = "src/schema/generated";

export function jsonSchemas(): Record<string, unknown> {
  const schema = (type: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(type, { io: "input", unrepresentable: "any" }) });
  return {
    "events.schema.json": schema(EventsFile, "Datelines events file (_data/events/*.json)"),
    "sources.schema.json": schema(SourcesFile, "Datelines source manifest (_data/sources.json)"),
    "site.schema.json": schema(SiteConfig, "Datelines site settings (_data/site.json)"),
    "eras.schema.json": schema(ErasFile, "Datelines eras (_data/eras.json)"),
    "groups.schema.json": schema(GroupsFile, "Datelines groups (_data/groups.json)"),
    "tags.schema.json": schema(TagsFile, "Datelines tag labels (_data/tags.json)"),
    "places.schema.json": schema(PlacesFile, "Datelines place names (_data/places.json)"),
  };
}

export async function writeJsonSchemas(root = process.cwd()): Promise<string[]> {
  const dir = join(root, GENERATED_DIR);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
    written.push(join(GENERATED_DIR, name));
  }
  return written;
}
