/**
 * The reference date a document's yearless and relative dates are resolved against:
 * the manifest's full publication date; else the document's own dateline (found by the
 * extractor); else a deterministic fallback, so that re-running extract gives the same
 * drafts: the manifest's partial date (2020-03), else the latest publication date of the
 * other sources in the manifest, else today.
 *
 * A partial publication date is resolved against as its last day (2020-03 → 2020-03-31,
 * so nothing in the document is read as later than the source) with its precision, and
 * the extractor never gives a date a part finer than that precision unless the text
 * states it: "today" in a source of March 2020 is March 2020, not 31 March.
 */
import { DateTime } from "luxon";
import { lastDay, precisionOf, type Precision } from "../core/partial-date.ts";
import type { Source } from "../schema/index.ts";
import type { ReferenceBasis } from "../extract/drafts/schema.ts";

export interface ReferenceChoice {
  /** Given to extractDates as `published`: wins over any dateline. */
  published?: string;
  /** Given as `fallbackReference`: used when the document has no dateline. */
  fallback: string;
  /** How `published` or `fallback` was found (a dateline, if the extractor uses one, is "dateline"). */
  basis: ReferenceBasis;
  /** How much of `fallback` is known: "month" or "year" for a partial publication date, else "day". */
  precision: Precision;
  /** The manifest's partial publication date as written (2020-03), when that is the reference. */
  partial?: string;
}

export function chooseReference(source: Source, all: readonly Source[], option?: string): ReferenceChoice {
  if (option) return { published: option, fallback: option, basis: "option", precision: "day" };
  const own = source.published.date;
  const precision = own ? precisionOf(own) : undefined;
  if (own && precision === "day") return { published: own, fallback: own, basis: "published", precision };
  if (own && precision) return { fallback: lastDay(own), basis: "manifest", precision, partial: own };
  const others = all.filter((s) => s.id !== source.id).flatMap((s) => (s.published.date ? [lastDay(s.published.date)] : []));
  if (others.length > 0) return { fallback: others.sort().at(-1)!, basis: "collection", precision: "day" };
  return { fallback: DateTime.utc().toISODate()!, basis: "today", precision: "day" };
}
