/** _data/tags.json: how each tag is named in each language (optional: a tag without a label shows its slug). */
import { z } from "zod";
import { Labels } from "./labels.ts";
import { allDifferent, Tag } from "./primitives.ts";

export const TagLabel = z
  .object({
    id: Tag.meta({ description: "The slug events list in their `tags` field." }),
    label: Labels,
  })
  .strict();
export type TagLabel = z.infer<typeof TagLabel>;

export const TagsFile = z
  .object({ $schema: z.string().optional(), tags: z.array(TagLabel) })
  .strict()
  .refine((file) => allDifferent(file.tags.map((x) => x.id)), { message: "names a tag twice", path: ["tags"] });
export type TagsFile = z.infer<typeof TagsFile>;
