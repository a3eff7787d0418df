/** Labels written once per language, for eras, groups, tags and places. */
import { z } from "zod";
import { LangTag, Text } from "./primitives.ts";

export const Labels = z
  .record(LangTag, Text(120))
  .refine((labels) => Object.keys(labels).length > 0, { message: "give a label in at least the site's language" })
  .meta({ description: "Label by language tag, e.g. {\"en\": \"Lockdown\", \"zh-Hans\": \"封城\"}." });
export type Labels = z.infer<typeof Labels>;
