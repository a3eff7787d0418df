/**
 * Weekdays before the publication date: "วันศุกร์" (on or before), "วันศุกร์ที่ผ่านมา" / "วันศุกร์ที่แล้ว"
 * (before), "วันศุกร์สัปดาห์ที่แล้ว" (Friday of last week). Not ทุกวันศุกร์, วันศุกร์หน้า, วันศุกร์นี้.
 */
import type { Parser, Relative } from "../../extraction.ts";
import { WEEKDAY, weekdayNumber } from "../constants.ts";

const LAST_WEEK = "(?:ของ)?สัปดาห์(?:ที่)?(?:แล้ว|ผ่านมา|ก่อน)";

export const weekday: Parser = {
  id: "th.weekday",
  pattern: new RegExp(`(?<!ทุก)วัน(${WEEKDAY})(ที่ผ่านมา|ที่แล้ว|ก่อน|${LAST_WEEK})?(?!\\s*(?:หน้า|ที่จะถึง|ถัดไป|นี้))`),
  extract(m) {
    const which: Extract<Relative, { kind: "weekday" }>["which"] =
      m[2] === undefined ? "on-or-before" : m[2].includes("สัปดาห์") ? "last-week" : "before";
    return {
      index: m.index,
      text: m[0],
      start: { known: {}, relative: { kind: "weekday", weekday: weekdayNumber(m[1]!), which } },
    };
  },
};
