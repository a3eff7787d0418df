/** "21 มีนาคม", "วันที่ 21 มีนาคม 2563", "11 ก.พ. 63", "วันศุกร์ที่ 27 มี.ค. พ.ศ. 2563". */
import type { Parser } from "../../extraction.ts";
import { DMY, dmyParts } from "../date-body.ts";

export const dayMonth: Parser = {
  id: "th.day-month",
  pattern: new RegExp(DMY),
  extract(m) {
    const known = dmyParts(m[1]!, m[2]!, m[3], m[4]);
    return known ? { index: m.index, text: m[0], start: { known } } : null;
  },
};
