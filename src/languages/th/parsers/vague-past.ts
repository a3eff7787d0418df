/** Vague past: "เมื่อเร็วๆ นี้", "เมื่อไม่นานมานี้", "เมื่อวันก่อน", "เมื่อไม่กี่วันที่ผ่านมา" → before the publication date
 * (mod BEFORE), read only with the `vague` option. */
import type { Parser } from "../../extraction.ts";

export const vaguePast: Parser = {
  id: "th.vague-past",
  pattern: /เมื่อ\s*เร็ว\s*ๆ\s*นี้|เมื่อไม่นาน(?:มานี้|นี้)|เมื่อวันก่อน|เมื่อ\s*(?:ไม่กี่|2-3|สองสาม)\s*วัน(?:ที่ผ่านมา|ก่อน)/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "BEFORE", vague: true }),
};
