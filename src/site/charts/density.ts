/**
 * Events per week as a compact inline SVG bar chart. Each month's bars are one
 * link to that month's archive, so the chart doubles as navigation. Eras are
 * shaded bands behind the bars, alternating tints, each titled with its name.
 */
import { escapeXml } from "../map/world-map.ts";
import { firstDay, lastDay, precisionOf, weekNumber } from "../../core/partial-date.ts";
import type { EraView, PeriodGroup } from "../views.ts";

const HEIGHT = 60;
const BAR = 4;
const GAP = 1;

/** `countLabel` words a number of events in the page's language; time runs in the page's direction (right to left in Arabic). */
export function densityChartSvg(
  periods: readonly PeriodGroup[],
  label: string,
  countLabel: (n: number) => string,
  dir: "ltr" | "rtl" = "ltr",
  eras: readonly EraView[] = [],
): string {
  const months = periods.filter((p) => precisionOf(p.key) === "month");
  if (months.length === 0) return "";
  const first = weekNumber(firstDay(months[0]!.key));
  const weekOf = (day: string) => weekNumber(day) - first;
  const counts = new Map<number, number>();
  const monthWeeks = months.map((p) => {
    const weeks = new Set<number>();
    for (const e of p.events) {
      const w = weekOf(firstDay(e.event.date.start));
      counts.set(w, (counts.get(w) ?? 0) + 1);
      weeks.add(w);
    }
    return { period: p, weeks: [...weeks].sort((a, b) => a - b) };
  });
  const max = Math.max(...counts.values());
  const width = Math.max((Math.max(...counts.keys()) + 1) * (BAR + GAP), 100);
  const x = (week: number) => (dir === "rtl" ? width - week * (BAR + GAP) - BAR : week * (BAR + GAP));
  // A band from the era's first week to its last, clipped to the chart; decorative (the list marks each era in words).
  const lastWeek = width / (BAR + GAP) - 1;
  const bands = eras.flatMap((era, i) => {
    const [from, to] = [Math.max(0, weekOf(firstDay(era.start))), Math.min(lastWeek, weekOf(lastDay(era.end)))];
    if (to < from) return [];
    const w = (to - from + 1) * (BAR + GAP);
    const left = dir === "rtl" ? width - (to + 1) * (BAR + GAP) + GAP : from * (BAR + GAP);
    return [`<rect class="era era-${i % 2}" x="${left}" y="0" width="${w}" height="${HEIGHT}"/>`];
  });
  const bars = monthWeeks.map(({ period, weeks }) => {
    const rects = weeks.map((w) => {
      const h = Math.max(2, Math.round(((counts.get(w) ?? 0) / max) * (HEIGHT - 2)));
      return `<rect x="${x(w)}" y="${HEIGHT - h}" width="${BAR}" height="${h}"/>`;
    });
    const n = period.events.length;
    const text = escapeXml(`${period.label}: ${countLabel(n)}`);
    return `<a href="${period.url}" aria-label="${text}"><title>${text}</title>${rects.join("")}</a>`;
  });
  return (
    `<svg class="density" viewBox="0 0 ${width} ${HEIGHT}" preserveAspectRatio="none" role="group" aria-label="${escapeXml(label)}">` +
    (bands.length ? `<g aria-hidden="true">${bands.join("")}</g>` : "") +
    `${bars.join("")}</svg>`
  );
}
