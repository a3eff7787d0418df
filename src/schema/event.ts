/** A curated event: the contract between the curate stage and the site. */
import { z } from "zod";
import { formOf, PRECISIONS, precisionOf } from "../core/partial-date.ts";
import { allDifferent, CountryCode, EventId, IsoDate, LangTag, PartialDate, partialDateProblem, SourceId, Tag, Text, Timestamp } from "./primitives.ts";
import { MediaItem, showsAsImage } from "./media.ts";

export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

export const Qualifier = z.enum(["early", "mid", "late", "approximate", "before", "as-of"]).meta({
  description:
    "early/mid/late: part of the month (needs month precision). approximate: about this date. before: shortly before this date (日前, 近日). as-of: a status true by this date.",
});
export type Qualifier = z.infer<typeof Qualifier>;

export const EventDate = z
  .object({
    start: PartialDate,
    end: PartialDate.optional().meta({ description: "Last day of a range (27–28 March), same precision as start." }),
    precision: Precision,
    qualifier: Qualifier.optional(),
  })
  .strict()
  .superRefine((date, ctx) => {
    // A malformed start or end is reported once, by PartialDate; precision is checked on valid ones only.
    if (partialDateProblem(date.start) || (date.end !== undefined && partialDateProblem(date.end))) return;
    const form = formOf(date.precision);
    if (precisionOf(date.start) !== date.precision) {
      ctx.addIssue({ code: "custom", path: ["start"], message: `must be written to ${date.precision} precision (${form})` });
    }
    if (date.end !== undefined) {
      if (precisionOf(date.end) !== date.precision) {
        ctx.addIssue({ code: "custom", path: ["end"], message: `must have the same precision as start (${form})` });
      } else if (date.end <= date.start) {
        ctx.addIssue({ code: "custom", path: ["end"], message: `must be after start (${date.start}); swap them or remove end` });
      }
      if (date.qualifier && date.qualifier !== "approximate") {
        ctx.addIssue({ code: "custom", path: ["qualifier"], message: `'${date.qualifier}' cannot qualify a range; remove end or the qualifier` });
      }
    }
    if (["early", "mid", "late"].includes(date.qualifier ?? "") && date.precision !== "month") {
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: `'${date.qualifier}' is part of a month: use precision "month"` });
    }
  });
export type EventDate = z.infer<typeof EventDate>;

export const Citation = z
  .object({
    source: SourceId,
    quote: Text(2000).meta({ description: "Verbatim text from the source, in its original language and script." }),
    lang: LangTag.meta({ description: "Language of the quote." }),
    start: z.int().nonnegative().meta({ description: "Offset of the quote in the document, in Unicode code points." }),
    end: z.int().positive().meta({ description: "Offset just after the quote, in Unicode code points." }),
    translation: Text(2000).optional().meta({ description: "English translation of the quote." }),
    dateAs: Text(100)
      .optional()
      .meta({
        description:
          "The quote's own words for a date inferred from the report's date (\"yesterday\", \"last Friday\", 昨天, أمس): pages then say the event was reported as that in a report of <date>.",
      }),
  })
  .strict()
  .refine((c) => c.end > c.start, { message: "must be greater than start", path: ["end"] })
  .refine((c) => c.dateAs === undefined || c.quote.includes(c.dateAs), { message: "must be words of the quote, as written there", path: ["dateAs"] });
export type Citation = z.infer<typeof Citation>;

export const Correction = z
  .object({
    date: IsoDate,
    note: Text(2000).meta({ description: "What was wrong and what was changed." }),
  })
  .strict();
export type Correction = z.infer<typeof Correction>;

export const Translation = z
  .object({ headline: Text(200), summary: Text(2000).optional() })
  .strict();

export const Event = z
  .object({
    id: EventId,
    status: z.enum(["draft", "reviewed", "published"]).meta({ description: "Only published events appear on the site." }),
    date: EventDate,
    headline: Text(200).meta({ description: "In the site's language." }),
    summary: Text(2000).meta({ description: "One or two sentences. Inline Markdown allowed: [links](https://…), *emphasis*, **strong**." }),
    translations: z.record(LangTag, Translation).optional().meta({ description: "Headline and summary in other languages, by language tag." }),
    citations: z.array(Citation).min(1, "cite at least one source"),
    countries: z.array(CountryCode).refine(allDifferent, { message: "lists a country twice" }),
    places: z.array(Text(100)).optional(),
    tags: z.array(Tag).refine(allDifferent, { message: "lists a tag twice" }),
    group: Tag.optional().meta({ description: "Id of a group in _data/groups.json (a track and filter on the timeline)." }),
    media: z.array(MediaItem).optional().meta({ description: "Pictures, video, audio, documents or maps, first one leading." }),
    added: Timestamp,
    updated: Timestamp,
    corrections: z.array(Correction).optional(),
  })
  .strict()
  .refine((e) => Date.parse(e.updated) >= Date.parse(e.added), {
    message: "must not be earlier than 'added'",
    path: ["updated"],
  })
  .superRefine((e, ctx) => {
    if (e.status === "published") {
      for (const [path, value] of placeholders(e)) {
        ctx.addIssue({ code: "custom", path, message: `still holds a placeholder (${JSON.stringify(value.length > 50 ? `${value.slice(0, 47)}…` : value)}): write it before publishing, or keep status "draft"` });
      }
      e.media?.forEach((item, i) => {
        if (showsAsImage(item) && !item.alt && !item.decorative) {
          ctx.addIssue({ code: "custom", path: ["media", i, "alt"], message: "an image needs alt text to be published: say what it shows (or set \"decorative\": true if it adds nothing)" });
        }
        if (!item.credit) {
          ctx.addIssue({ code: "custom", path: ["media", i, "credit"], message: "add a credit (who made it or holds the rights) before publishing" });
        }
      });
    }
    e.corrections?.forEach((fix, i) => {
      if (fix.date > e.updated.slice(0, 10)) {
        ctx.addIssue({
          code: "custom",
          path: ["corrections", i, "date"],
          message: `is after 'updated' (${e.updated}); set 'updated' to when the correction was made so feeds show the event again`,
        });
      }
    });
  });
export type Event = z.infer<typeof Event>;

/** One file in _data/events/: any number of events. */
export const EventsFile = z
  .object({
    $schema: z.string().optional(),
    events: z.array(Event),
  })
  .strict();
export type EventsFile = z.infer<typeof EventsFile>;

/** Text fields that still say TODO (the promote and import templates write these). */
const PLACEHOLDER = /\bTODO\b/;
function placeholders(e: { headline: string; summary: string; translations?: Record<string, { headline: string; summary?: string }>; media?: { alt?: string; caption?: string; credit?: string }[] }): [PropertyKey[], string][] {
  const found: [PropertyKey[], string | undefined][] = [
    [["headline"], e.headline],
    [["summary"], e.summary],
    ...Object.entries(e.translations ?? {}).flatMap(([lang, t]): [PropertyKey[], string | undefined][] => [
      [["translations", lang, "headline"], t.headline],
      [["translations", lang, "summary"], t.summary],
    ]),
    ...(e.media ?? []).flatMap((m, i): [PropertyKey[], string | undefined][] => (["alt", "caption", "credit"] as const).map((k) => [["media", i, k], m[k]])),
  ];
  return found.filter((f): f is [PropertyKey[], string] => f[1] !== undefined && PLACEHOLDER.test(f[1]));
}

