/** _data/groups.json: the groups an event can belong to (tracks and filters), labelled per language. */
import { z } from "zod";
import { Labels } from "./labels.ts";
import { allDifferent, Tag } from "./primitives.ts";

export const Group = z
  .object({
    id: Tag.meta({ description: "The slug events name in their `group` field." }),
    label: Labels,
  })
  .strict();
export type Group = z.infer<typeof Group>;

export const GroupsFile = z
  .object({ $schema: z.string().optional(), groups: z.array(Group) })
  .strict()
  .refine((file) => allDifferent(file.groups.map((x) => x.id)), { message: "names a group twice: ids must be unique", path: ["groups"] });
export type GroupsFile = z.infer<typeof GroupsFile>;
