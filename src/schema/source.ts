/** A source document and what is known about its publication. */
import { z } from "zod";
import { HttpUrl, LangTag, PartialDate, SourceId, Text } from "./primitives.ts";

export const PublicationBasis = z
  .enum(["dateline", "page-date", "text", "unknown"])
  .meta({
    description:
      "How the publication date was determined: the document's dateline (3月29日电), a page date (Updated: 2020-07-15), other wording in the text, or unknown.",
  });

export const Publication = z
  .object({
    date: PartialDate.optional().meta({ description: "Publication date, as precise as the evidence allows." }),
    basis: PublicationBasis,
    evidence: Text(300).optional().meta({ description: "Verbatim text the date was read from." }),
    evidenceFrom: z
      .enum(["document", "metadata"])
      .optional()
      .meta({
        description:
          "Where the evidence is: the document's text (the default; validation finds it there), or the page's or file's metadata, written field=value (article:published_time=2020-03-29T08:00:00+08:00).",
      }),
    note: Text(1000).optional().meta({ description: "What was implied rather than stated (e.g. the year)." }),
  })
  .strict()
  .refine((p) => p.basis === "unknown" || p.date !== undefined, {
    message: "a publication date is required unless basis is 'unknown'",
    path: ["date"],
  })
  .refine((p) => p.basis === "unknown" || p.evidence !== undefined, {
    message: "quote the text the date was read from in 'evidence'",
    path: ["evidence"],
  });

export const Source = z
  .object({
    id: SourceId,
    kind: z
      .enum(["document", "timeline"])
      .optional()
      .meta({
        description:
          "document (the default): a report, statement or page. timeline: an earlier timeline brought in with `datelines import`; its rows are kept verbatim as the document, so imported events can quote them until an editor cites the original reporting.",
      }),
    file: z
      .string()
      .regex(/^[^/\\]+\.txt$/, "name a .txt file in _data/documents/, without a folder")
      .meta({ description: "File name of the document text in _data/documents/." }),
    title: Text(300).meta({ description: "Headline, or an editor's description in [brackets] if it has none." }),
    publisher: Text(200).optional(),
    author: Text(200).optional(),
    lang: LangTag,
    published: Publication,
    url: HttpUrl.optional(),
    note: Text(2000).optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** _data/sources.json */
export const SourcesFile = z
  .object({
    $schema: z.string().optional(),
    sources: z.array(Source),
  })
  .strict();
export type SourcesFile = z.infer<typeof SourcesFile>;
