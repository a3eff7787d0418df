/** "So far", the as-of date of a running count: "حتى الآن", "لحد الآن", "حتى هذه اللحظة" (mod ASOF, role asof). */
import type { Parser } from "../../extraction.ts";
import { WORD_END, WORD_START } from "../constants.ts";

export const asOfNow: Parser = {
  id: "ar.as-of-now",
  pattern: new RegExp(
    `${WORD_START}(?:حتى|لحد|لغاية|إلى\\s+حد|الى\\s+حد)\\s+(?:ال[آا]ن|(?:هذه\\s+)?اللحظة|تاريخه)${WORD_END}`,
    "u",
  ),
  extract: (m) => ({ index: m.index, text: m[0], mod: "ASOF", role: "asof", start: { known: {}, relative: { kind: "reference" } } }),
};
