/**
 * A draft: a dated event proposed by `datelines extract` for an editor to review.
 * Drafts live in _data/drafts/<source-id>.json, which neither the validator nor the
 * site reads; `datelines promote` turns one into a curated event.
 */
import { z } from "zod";
import { EventDate } from "../../schema/event.ts";

const Part = z.enum(["year", "month", "day"]);
const Code = z.string().regex(/^[A-Z]{2}$/);

export const Draft = z
  .object({
    id: z.string().regex(/^d-[0-9a-f]{10}$/).meta({ description: "Stable id: a hash of the source id, the mention's index and its value." }),
    status: z.literal("draft"),
    source: z.string(),
    date: EventDate,
    evidence: z
      .object({
        quote: z.string().meta({ description: "The sentence or clause holding the date, verbatim." }),
        start: z.int().nonnegative().meta({ description: "Offset in the document, in code points." }),
        end: z.int().positive(),
        lang: z.string(),
      })
      .strict(),
    mention: z.object({ text: z.string(), index: z.int().nonnegative() }).strict(),
    stated: z.array(Part).meta({ description: "Date parts the text states." }),
    implied: z.array(Part).meta({ description: "Date parts taken from the reference date." }),
    rules: z.array(z.string()).meta({ description: "Extraction rules that fired." }),
    countries: z.array(Code).meta({ description: "Countries the evidence names (gazetteer)." }),
    places: z.array(z.string()).optional().meta({ description: "Cities the evidence names, in English." }),
    confidence: z.number().min(0).max(1).meta({
      description: "How likely the draft is right (its date read right, from the copy, not page chrome): calibrated, see src/extract/drafts/confidence.ts.",
    }),
    note: z.string().optional().meta({ description: "What the editor should check about the date, e.g. parts taken from a publication date known only to the month." }),
    matches: z.string().optional().meta({ description: "Curated event citing this source at an overlapping span." }),
    matchesDate: z.boolean().optional().meta({ description: "Whether that curated event has the same date." }),
  })
  .strict();
export type Draft = z.infer<typeof Draft>;

/** A date the extractor found and did not propose (a dateline or a page date). */
export const Recognized = z
  .object({
    text: z.string(),
    index: z.int().nonnegative(),
    value: z.string(),
    as: z.enum(["dateline", "page-date"]),
  })
  .strict();
export type Recognized = z.infer<typeof Recognized>;

export const ReferenceBasis = z.enum(["published", "option", "dateline", "manifest", "collection", "today"]).meta({
  description:
    "published: the manifest's full publication date; option: --published; dateline: read from the document; manifest: the manifest's partial date (2020-03: relative dates get no finer part than it has); collection: the latest publication date of the other sources; today: nothing else was known.",
});

export const DraftsFile = z
  .object({
    $schema: z.string().optional(),
    note: z.string(),
    source: z.string(),
    file: z.string(),
    lang: z.string(),
    locale: z.string(),
    reference: z
      .object({ date: z.string().meta({ description: "YYYY-MM-DD, or YYYY-MM / YYYY when the manifest's publication date is only that precise." }), basis: ReferenceBasis })
      .strict(),
    extraction: z
      .object({ vague: z.boolean().meta({ description: "Whether vague past words (\"recently\", 近期) were read." }) })
      .strict()
      .optional()
      .meta({ description: "The policy (site.json's `extraction`) the drafts were proposed under: drafts made under another are set aside until proposed again. Absent in files from before the policy, which read no vague words." }),
    mentions: z.int().nonnegative(),
    recognized: z.array(Recognized),
    drafts: z.array(Draft),
  })
  .strict();
export type DraftsFile = z.infer<typeof DraftsFile>;
export type ReferenceBasis = z.infer<typeof ReferenceBasis>;

export const DRAFTS_NOTE =
  "Machine output of `datelines extract`, rewritten on every run: do not edit it, editor notes here would be lost. " +
  "Promote a draft with `datelines promote <id>` and edit the event in _data/events/.";
