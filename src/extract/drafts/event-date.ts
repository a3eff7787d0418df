/** A mention's value and modifier, in the event model (precision, end, qualifier). */
import { coarser, precisionOf, truncate } from "../../core/partial-date.ts";
import { EventDate } from "../../schema/event.ts";
import type { Mention, Mod } from "../engine/types.ts";

const QUALIFIER: Record<Mod, EventDate["qualifier"]> = {
  START: "early",
  MID: "mid",
  END: "late",
  APPROX: "approximate",
  BEFORE: "before", // start is the resolved reference date (日前, "recently")
  ASOF: "as-of",
};

/** The event date for a mention, or undefined if it cannot be written as one. */
export function eventDateOf(mention: Pick<Mention, "value" | "mod">): EventDate | undefined {
  const [from, to] = mention.value.split("/") as [string, string | undefined];
  const fromPrecision = precisionOf(from);
  const toPrecision = to === undefined ? undefined : precisionOf(to);
  if (!fromPrecision || (to !== undefined && !toPrecision)) return undefined;
  const precision = toPrecision ? coarser(fromPrecision, toPrecision) : fromPrecision; // "2020-02/2020-03-10" → months
  const start = truncate(from, precision);
  let end = to === undefined ? undefined : truncate(to, precision);
  if (end !== undefined && end <= start) end = undefined;
  let qualifier = mention.mod ? QUALIFIER[mention.mod] : undefined;
  if (end !== undefined && qualifier !== "approximate") qualifier = undefined; // a range takes no other qualifier
  if ((qualifier === "early" || qualifier === "mid" || qualifier === "late") && precision !== "month") qualifier = undefined;
  const parsed = EventDate.safeParse({ start, ...(end ? { end } : {}), precision, ...(qualifier ? { qualifier } : {}) });
  return parsed.success ? parsed.data : undefined;
}

export function sameDate(a: EventDate, b: EventDate): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision && a.qualifier === b.qualifier;
}
