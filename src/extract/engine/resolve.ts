/**
 * Turns a date spec into a calendar value using the reference date (usually the
 * publication date) and a news policy: an article mostly reports its own past.
 * Records which parts were stated and which were implied.
 */
import { DateTime } from "luxon";
import type { DateSpec, Parts } from "./types.ts";

export interface Resolved {
  parts: Required<Pick<Parts, "year">> & Parts;
  stated: (keyof Parts)[];
  implied: (keyof Parts)[];
}

/** How far after the reference date a yearless date may fall before it is read as last year's. */
const FUTURE_MONTHS = 2;
/** A day-only date ("5日") later than the reference by more than this is read as last month's. */
const FUTURE_DAYS = 1;

export function resolveSpec(spec: DateSpec, reference: DateTime, lastDay: DateTime | undefined): Resolved {
  const stated = (Object.keys(spec.known) as (keyof Parts)[]).filter((k) => spec.known[k] !== undefined);
  const full = (d: DateTime): Resolved => ({
    parts: { year: d.year, month: d.month, day: d.day },
    stated,
    implied: (["year", "month", "day"] as const).filter((k) => !stated.includes(k)),
  });
  const rel = spec.relative;
  if (rel?.kind === "days") return full(reference.plus({ days: rel.offset }));
  if (rel?.kind === "reference") return full(reference);
  if (rel?.kind === "same-day") return full((lastDay ?? reference).plus({ days: rel.offset ?? 0 }));
  if (rel?.kind === "weekday") return full(weekdayBefore(reference, rel.weekday, rel.which).plus({ days: rel.days ?? 0 }));
  if (rel?.kind === "year") {
    return withImplied({ ...spec.known, year: reference.year + rel.offset }, stated);
  }
  if (rel?.kind === "month") {
    const month = reference.plus({ months: rel.offset });
    const known = { year: month.year, month: month.month, ...pick(spec.known, "day") };
    return withImplied(known, stated);
  }

  const { year, month, day } = spec.known;
  if (year !== undefined) return withImplied({ year, month, day }, stated);
  if (month !== undefined) {
    let y = reference.year;
    const candidate = DateTime.fromObject({ year: y, month, day: day ?? 1 }, { zone: "utc" });
    if (spec.side) {
      // "last October": the latest October before the reference's month; "next March": the first March after it.
      if (spec.side === "last" && month >= reference.month) y -= 1;
      if (spec.side === "next" && month <= reference.month) y += 1;
    } else if (spec.future) {
      // Announced ahead: a month ("postponed to September") is the next one not yet over; a day
      // ("postponed to 17 August") this year's, unless it is well past ("originally scheduled for
      // March 19" in an April report is a plan that has passed).
      const slack = day === undefined ? { days: 0 } : { months: FUTURE_MONTHS };
      if (candidate.endOf(day === undefined ? "month" : "day") < reference.minus(slack)) y += 1;
    } else if (candidate > reference.plus({ months: FUTURE_MONTHS })) y -= 1;
    return withImplied({ year: y, month, day }, stated);
  }
  if (day !== undefined) {
    let m = reference.startOf("month");
    if (day > reference.day + FUTURE_DAYS) m = m.minus({ months: 1 });
    return withImplied({ year: m.year, month: m.month, day }, stated);
  }
  return withImplied({ year: reference.year }, stated);
}

/** The given weekday relative to the reference date. */
function weekdayBefore(
  reference: DateTime,
  weekday: number,
  which: "on-or-before" | "before" | "last-week" | "after" | "this-week" | "next-week",
): DateTime {
  const weekOffset = { "last-week": -1, "this-week": 0, "next-week": 1 }[which as string];
  if (weekOffset !== undefined) return reference.startOf("week").plus({ weeks: weekOffset, days: weekday - 1 });
  if (which === "after") return reference.plus({ days: (weekday - reference.weekday + 7) % 7 || 7 });
  const back = (reference.weekday - weekday + 7) % 7;
  return reference.minus({ days: back === 0 && which === "before" ? 7 : back });
}

export function toDateTime(parts: Parts & { year: number }): DateTime {
  return DateTime.fromObject({ year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1 }, { zone: "utc" });
}

function withImplied(parts: Parts & { year: number }, stated: (keyof Parts)[]): Resolved {
  const present = (["year", "month", "day"] as const).filter((k) => parts[k] !== undefined);
  return { parts, stated, implied: present.filter((k) => !stated.includes(k)) };
}

function pick(parts: Parts, key: keyof Parts): Parts {
  return parts[key] === undefined ? {} : { [key]: parts[key] };
}
