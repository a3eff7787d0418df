/**
 * The reference date a document's yearless and relative dates are resolved against:
 * the manifest's full publication date; else the document's own dateline (found by the
 * extractor); else a deterministic fallback, so that re-running extract gives the same
 * drafts: the end of the manifest's partial date (2020-03 → 2020-03-31), else the latest
 * publication date of the other sources in the manifest, else today.
 */
import { DateTime } from "luxon";
import { lastDay, precisionOf } from "../core/partial-date.ts";
import type { Source } from "../schema/index.ts";
import type { ReferenceBasis } from "../extract/drafts/schema.ts";

export interface ReferenceChoice {
  /** Given to extractDates as `published`: wins over any dateline. */
  published?: string;
  /** Given as `fallbackReference`: used when the document has no dateline. */
  fallback: string;
  /** How `published` or `fallback` was found (a dateline, if the extractor uses one, is "dateline"). */
  basis: ReferenceBasis;
}

export function chooseReference(source: Source, all: readonly Source[], option?: string): ReferenceChoice {
  if (option) return { published: option, fallback: option, basis: "option" };
  const own = source.published.date;
  if (own && precisionOf(own) === "day") return { published: own, fallback: own, basis: "published" };
  if (own) return { fallback: lastDay(own), basis: "manifest" };
  const others = all.filter((s) => s.id !== source.id).flatMap((s) => (s.published.date ? [lastDay(s.published.date)] : []));
  if (others.length > 0) return { fallback: others.sort().at(-1)!, basis: "collection" };
  return { fallback: DateTime.utc().toISODate()!, basis: "today" };
}
