/** _data/site.json: facts about the publication, read by pages and feeds alike. */
import { z } from "zod";
import { findPack, packTags } from "../languages/packs.ts";
import { HttpUrl, LangTag, Text } from "./primitives.ts";

/** The editor's policy for the drafts Datelines proposes (`datelines add`, `datelines extract`, the desk). */
export const ExtractionSettings = z
  .object({
    vague: z.boolean().optional().meta({
      description:
        "Propose drafts from vague past words that name no date (\"recently\", 近期, 前不久, 前些天, مؤخرا, เมื่อเร็วๆ นี้, récemment, недавно, \"a few days ago\"), dated shortly before the publication date (default false: they are left out). 日前 and 近日, the Chinese news formula for the last few days, are read either way.",
    }),
  })
  .strict()
  .meta({
    description:
      "The editor's policy for proposing drafts. A change applies when drafts are proposed again (`datelines extract`, or Propose drafts in the desk); until then drafts made under the old policy are set aside, not shown.",
  });
export type ExtractionSettings = z.infer<typeof ExtractionSettings>;

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
    languages: z
      .array(
        z
          .object({
            lang: LangTag,
            prefix: z.string().regex(/^(\/[a-z]+(-[a-z]+)*)?$/, 'use "" for the main language, or a path such as "/zh"'),
            title: Text(120).optional(),
            description: Text(500).optional(),
            keepTogether: z.array(Text(40)).optional().meta({
              description:
                "Words of this language that browsers cut in two at a line end because their dictionary lacks them (loanwords such as Thai โควิด); each is kept on one line. Place names from places.json and country names need no listing.",
            }),
          })
          .strict(),
      )
      .min(1)
      .optional()
      .meta({
        description:
          "The languages of the site chrome, each with a language pack in src/languages/. The first is the main language (prefix \"\", the same as `lang`); each other is published under its prefix, e.g. /zh/. Title and description may be translated per language.",
      }),
    share: z
      .object({
        images: z.boolean().optional().meta({
          description:
            "Render a share image (1200×630 PNG, for Open Graph and Twitter cards) for each event and each language's front page (default true). When false, pages still carry Open Graph metadata, without an image.",
        }),
      })
      .strict()
      .optional()
      .meta({ description: "How pages look when shared on social networks and in chat apps." }),
    timeline: z
      .object({
        maxEventsPerPage: z.int().min(10).max(2000).meta({
          description: "Upper bound on events per timeline page; bigger timelines are split into month archives, and the front page lists the latest this many.",
        }),
        maxEventsPerFile: z.int().min(10).max(100000).default(1000).meta({
          description:
            "Upper bound on events in each download and printable chronology (default 1000): /events.json's parts (a year each, a month for a longer year, numbered parts for a longer month), and past it /timelinejs.json, /events.csv and the calendars hold the latest this many, with the rest split the same way beside each year's or month's page.",
        }),
      })
      .strict(),
    extraction: ExtractionSettings.optional(),
  })
  .strict()
  .superRefine((site, ctx) => {
    // The site is written in languages that have a pack (src/languages/<tag>/): its strings, date words and methodology.
    const published: [string, (string | number)[]][] = site.languages ? site.languages.map((l, i) => [l.lang, ["languages", i, "lang"]]) : [[site.lang, ["lang"]]];
    for (const [lang, path] of published) {
      if (findPack(lang)) continue;
      ctx.addIssue({ code: "custom", path, message: `Datelines has no language pack for "${lang}": use one of ${packTags().join(", ")}, or add the language as a folder src/languages/${lang}/ (README: "Add a language")` });
    }
    const [main, ...rest] = site.languages ?? [];
    if (main && (main.prefix !== "" || main.lang !== site.lang)) {
      ctx.addIssue({ code: "custom", path: ["languages", 0], message: `the first language must be the site's own ("${site.lang}") with prefix ""` });
    }
    rest.forEach((l, i) => {
      if (l.prefix === "" || rest.slice(0, i).some((o) => o.prefix === l.prefix || o.lang === l.lang)) {
        ctx.addIssue({ code: "custom", path: ["languages", i + 1], message: "each language needs its own prefix, e.g. \"/zh\"" });
      }
    });
  });
export type SiteConfig = z.infer<typeof SiteConfig>;
