/**
 * The site's "last updated" (footer, print title block, feed <updated> and
 * <lastBuildDate>): a real date from the data, never the epoch.
 */
import { firstDay } from "../core/partial-date.ts";
import type { Event, Source } from "../schema/index.ts";

/**
 * The newest `updated` of the published events; with none published, the newest of any
 * event (the data was last edited then); with no events, the newest source's publication
 * date; with no dated source either, the day of the build (the only date there is).
 */
export function lastUpdated(published: readonly Event[], events: readonly Event[], sources: readonly Source[], today = new Date()): string {
  const newest = (times: string[]) => times.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a), undefined);
  return (
    newest(published.map((e) => e.updated)) ??
    newest(events.map((e) => e.updated)) ??
    newest(sources.flatMap((s) => (s.published.date ? [`${firstDay(s.published.date)}T00:00:00Z`] : []))) ??
    `${today.toISOString().slice(0, 10)}T00:00:00Z`
  );
}
