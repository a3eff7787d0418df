/**
 * Turns a document's date mentions into drafts: each event or as-of mention is
 * attached to the sentence or clause that holds it, which becomes its evidence, and
 * is written in the event model with the countries the evidence names, a confidence,
 * and the curated event it matches, if an editor already cited that passage.
 * Datelines and page dates are recognized, not proposed.
 */
import { createHash } from "node:crypto";
import { CodePoints, codePointLength } from "../../core/code-points.ts";
import { findCountries, type CountryMention } from "../gazetteer/index.ts";
import type { Mention } from "../engine/types.ts";
import { confidenceOf } from "./confidence.ts";
import { featuresOf, lineAround, type Features } from "./confidence-features.ts";
import { eventDateOf, sameDate } from "./event-date.ts";
import type { Draft, Recognized, ReferenceBasis } from "./schema.ts";
import { segment, segmentAt } from "./segment.ts";
import type { EventDate } from "../../schema/event.ts";

/** What propose needs of a curated event. */
export interface CuratedEvent {
  id: string;
  date: EventDate;
  citations: readonly { source: string; start: number; end: number }[];
}

export interface ProposeInput {
  source: { id: string; lang: string };
  text: string;
  mentions: readonly Mention[];
  /** How the reference date was found; lowers confidence when implied parts rest on a guess. */
  reference: ReferenceBasis;
  curated: readonly CuratedEvent[];
  /** Where the manifest's dateline or page-date evidence is in the text (code points). */
  publication?: { start: number; end: number; as: Recognized["as"] };
  /** The reference date when only its month or year is known (2020-03): drafts with implied parts say so. */
  partialReference?: string;
}

export interface Proposal {
  drafts: Draft[];
  recognized: Recognized[];
}

/**
 * The drafts, most confident first (then in document order): the review queue's order.
 * Chrome and doubtful readings sink to the end.
 */
export function proposeDrafts(input: ProposeInput): Proposal {
  const { scored, recognized } = proposeWithFeatures(input);
  const drafts = scored.map((s) => s.draft).sort((a, b) => b.confidence - a.confidence || a.mention.index - b.mention.index);
  return { drafts, recognized };
}

/** The drafts in document order, each with the features its confidence was computed from (for fitting the model). */
export function proposeWithFeatures(input: ProposeInput): { scored: { draft: Draft; features: Features }[]; recognized: Recognized[] } {
  const { source, text, mentions, publication } = input;
  const cp = new CodePoints(text);
  const spans = mentions.map((m) => [m.index, m.index + codePointLength(m.text)] as const);
  const segments = segment(text, source.lang, { keepTogether: spans });
  const countries = findCountries(text);
  const scored: { draft: Draft; features: Features }[] = [];
  const recognized: Recognized[] = [];
  const proposed = mentions.filter((m, i) => {
    const [start, end] = spans[i]!;
    const inPublication = publication && start < publication.end && end > publication.start;
    if (m.role === "dateline" || inPublication) {
      recognized.push({ text: m.text, index: m.index, value: m.value, as: inPublication ? publication.as : "dateline" });
      return false;
    }
    return true;
  });
  const byIndex = [...proposed].sort((a, b) => a.index - b.index);
  // Only events citing this source can match: look through those, not every curated event, per draft.
  const citing = input.curated.filter((event) => event.citations.some((c) => c.source === source.id));
  for (const m of proposed) {
    const date = eventDateOf(m);
    if (!date) continue;
    const end = m.index + codePointLength(m.text);
    const clause = segmentAt(segments, m.index) ?? { start: m.index, end, text: m.text };
    const named = within(countries, clause.start, clause.end).filter((c) => c.index + codePointLength(c.text) <= clause.end);
    const datesInClause = within(byIndex, clause.start, clause.end).length;
    const evidence = { quote: clause.text, start: clause.start, end: clause.end, lang: source.lang };
    const match = matchCurated(citing, source.id, evidence, date);
    const places = unique(named.flatMap((c: CountryMention) => (c.place ? [c.place] : [])));
    const features = featuresOf({ mention: m, datesInClause, ...lineAround(text, cp.toUtf16(m.index), cp.toUtf16(end)) });
    const draft: Draft = {
      id: draftId(source.id, m.index, m.value),
      status: "draft",
      source: source.id,
      date,
      evidence,
      mention: { text: m.text, index: m.index },
      stated: m.stated,
      implied: m.implied,
      rules: m.rules,
      countries: unique(named.map((c) => c.code)),
      ...(places.length ? { places } : {}),
      confidence: confidenceOf(features, input.reference, m.implied),
      ...(input.partialReference && m.implied.length > 0 ? { note: partialReferenceNote(input.partialReference, m) } : {}),
      ...(match ? { matches: match.id, matchesDate: match.sameDate } : {}),
    };
    scored.push({ draft, features });
  }
  return { scored, recognized };
}

/** For the editor: which parts came from a publication date known only to the month or year, and that no finer one was guessed. */
export function partialReferenceNote(reference: string, m: Pick<Mention, "text" | "stated" | "implied" | "value">): string {
  const known = reference.length === 4 ? "year" : "month";
  const parts = m.implied.join(" and ");
  const relative = m.stated.length === 0 ? `"${m.text}" is dated only to the ${known}` : `the ${parts} of "${m.text}" ${m.implied.length > 1 ? "come" : "comes"} from it`;
  return `The publication date is known only to the ${known} (${reference}): ${relative}. Check the ${m.stated.length === 0 ? "exact date" : parts} in the text or another source.`;
}

/** Stable across runs: the same source, mention offset and value give the same id. */
export function draftId(source: string, index: number, value: string): string {
  return `d-${createHash("sha256").update(`${source}\u0000${index}\u0000${value}`).digest("hex").slice(0, 10)}`;
}

/**
 * The curated event citing this source at a span overlapping the evidence: one with the
 * same date first, then the largest overlap, then the first id.
 */
export function matchCurated(
  curated: readonly CuratedEvent[],
  source: string,
  evidence: { start: number; end: number },
  date: EventDate,
): { id: string; sameDate: boolean } | undefined {
  const candidates = curated.flatMap((event) =>
    event.citations
      .filter((c) => c.source === source && c.start < evidence.end && c.end > evidence.start)
      .map((c) => ({
        id: event.id,
        sameDate: sameDate(event.date, date),
        overlap: Math.min(c.end, evidence.end) - Math.max(c.start, evidence.start),
      })),
  );
  candidates.sort((a, b) => Number(b.sameDate) - Number(a.sameDate) || b.overlap - a.overlap || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const best = candidates[0];
  return best && { id: best.id, sameDate: best.sameDate };
}

/** The items (sorted by index) whose index is in [start, end). */
function within<T extends { index: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.index < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < sorted.length && sorted[to]!.index < end) to++;
  return sorted.slice(lo, to);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
