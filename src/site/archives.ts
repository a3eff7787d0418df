/**
 * Years and months: the chronological list of events grouped as the front page, the
 * year pages and the archives list them (paging.ts cuts the groups into pages).
 */
import { precisionOf, yearOf } from "../core/partial-date.ts";
import { periodLabel } from "./date-label.ts";
import { fill, type UiStrings } from "./i18n/index.ts";
import { routes } from "./routes.ts";
import type { EventView, PeriodGroup, Timeline, YearGroup } from "./views.ts";

export function groupByYear(timeline: Timeline, events: readonly EventView[], ui: UiStrings): YearGroup[] {
  const { lang, prefix } = timeline;
  const years = new Map<string, YearGroup>();
  for (const entry of events) {
    const year = yearOf(entry.period);
    let group = years.get(year);
    if (!group) years.set(year, (group = { timeline, year, label: periodLabel(year, lang), url: routes.year(prefix, year), count: 0, periods: [] }));
    let period: PeriodGroup | undefined = group.periods.at(-1);
    if (period?.key !== entry.period) {
      period = {
        key: entry.period,
        label: precisionOf(entry.period) === "year" ? fill(ui.monthUnknown, { year: group.label }) : periodLabel(entry.period, lang),
        url: routes.period(prefix, entry.period),
        events: [],
      };
      group.periods.push(period);
    }
    period.events.push(entry);
    group.count++;
  }
  return [...years.values()];
}
