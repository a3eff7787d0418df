/** _data/site.json: facts about the publication, read by pages and feeds alike. */
import { z } from "zod";
import { HttpUrl, LangTag, Text } from "./primitives.ts";

export const SiteConfig = z
  .object({
    $schema: z.string().optional(),
    title: Text(120),
    description: Text(500),
    url: HttpUrl.refine((u) => !u.endsWith("/"), { message: "must not end with a slash" }).meta({
      description: "Public address of the site, used in feeds and canonical links.",
    }),
    lang: LangTag,
    author: z.object({ name: Text(120), url: HttpUrl.optional() }).strict(),
    feed: z
      .object({ entries: z.int().min(1).max(1000).meta({ description: "Most recently updated events in each feed." }) })
      .strict(),
    timeline: z
      .object({
        maxEventsPerPage: z.int().min(10).max(2000).meta({
          description: "Upper bound on events per timeline page; bigger timelines are split into month archives.",
        }),
      })
      .strict(),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
