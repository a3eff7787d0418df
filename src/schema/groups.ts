/** _data/groups.json: the groups an event can belong to (tracks and filters), labelled per language. */
import { z } from "zod";
import { Labels } from "./labels.ts";
import { Tag } from "./primitives.ts";

export const Group = z
  .object({
    id: Tag.meta({ description: "The slug events name in their `group` field." }),
    label: Labels,
  })
  .strict();
export type Group = z.infer<typeof Group>;

export const GroupsFile = z
  .object({ $schema: z.string().optional(), groups: z.array(Group) })
  .strict();
export type GroupsFile = z.infer<typeof GroupsFile>;
