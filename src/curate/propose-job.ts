/**
 * One source's proposed drafts from what a worker thread needs of the dataset: the document's
 * text, its manifest entry, its reference choice and the curated events citing it. Pure (no
 * files read or written), so `datelines extract` can run it for many documents at once
 * (drafts-pool.ts); dismissals and the file's header are applied by the caller (extract-drafts.ts).
 */
import { codePointIndexOf, codePointLength } from "../core/code-points.ts";
import { extractDates, pickLocale } from "../extract/index.ts";
import { proposeDrafts, type CuratedEvent, type ProposeInput } from "../extract/drafts/propose.ts";
import type { DraftsFile } from "../extract/drafts/schema.ts";
import type { Dataset } from "../validate/index.ts";
import type { Source } from "../schema/index.ts";
import { extractionPolicy, type ExtractionPolicy } from "./extraction-policy.ts";
import { chooseReference, type ReferenceChoice } from "./reference.ts";

export interface DraftsJob {
  source: Pick<Source, "id" | "file" | "lang" | "published">;
  text: string;
  choice: ReferenceChoice;
  /** The curated events citing this source, with only those citations. */
  curated: CuratedEvent[];
  /** The editor's policy (site.json's `extraction`): whether vague past words become drafts. */
  policy: ExtractionPolicy;
}

/** A drafts file's content before dismissed drafts are left out, without its $schema and note. */
export type ProposedFile = Omit<DraftsFile, "$schema" | "note">;

/** The job for one source of a dataset (`published` overrides that source's reference date). */
export function draftsJob(source: Source, dataset: Dataset, published?: string): DraftsJob {
  const curated = dataset.events.flatMap((event) => {
    const citations = event.citations.filter((c) => c.source === source.id).map(({ source: s, start, end }) => ({ source: s, start, end }));
    return citations.length ? [{ id: event.id, date: event.date, citations }] : [];
  });
  return {
    source: { id: source.id, file: source.file, lang: source.lang, published: source.published },
    text: dataset.documents.get(source.id)!,
    choice: chooseReference(source, dataset.sources, published),
    curated,
    policy: extractionPolicy(dataset.site),
  };
}

export async function proposeJob({ source, text, choice, curated, policy }: DraftsJob): Promise<ProposedFile> {
  const locale = await pickLocale(text, source.lang);
  const extraction = extractDates(text, locale, { published: choice.published, fallbackReference: choice.fallback, fallbackPrecision: choice.precision, vague: policy.vague });
  const basis = extraction.reference.basis === "dateline" ? "dateline" : choice.basis;
  const partial = basis === "manifest" ? choice.partial : undefined; // a month- or year-only publication date
  const { drafts, recognized } = proposeDrafts({
    source: { id: source.id, lang: source.lang },
    text,
    mentions: extraction.mentions,
    reference: basis,
    curated,
    publication: publicationSpan(source, text),
    ...(partial ? { partialReference: partial } : {}),
  });
  return {
    source: source.id,
    file: source.file,
    lang: source.lang,
    locale: extraction.locale,
    reference: { date: partial ?? extraction.reference.date, basis },
    extraction: { vague: policy.vague },
    mentions: extraction.mentions.length,
    recognized,
    drafts,
  };
}

/** Where the manifest's dateline or page-date evidence is in the document, if it is there verbatim. */
function publicationSpan(source: DraftsJob["source"], text: string): ProposeInput["publication"] {
  const { basis, evidence } = source.published;
  if (!evidence || (basis !== "dateline" && basis !== "page-date")) return undefined;
  const start = codePointIndexOf(text, evidence);
  if (start === undefined) return undefined;
  return { start, end: start + codePointLength(evidence), as: basis === "dateline" ? "dateline" : "page-date" };
}
