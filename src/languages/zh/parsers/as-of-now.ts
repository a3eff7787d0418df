/**
 * "As of now": 截至目前, 截止目前为止, 截至发稿时, 到目前为止, 迄今为止 — the publication date,
 * mod ASOF, role asof. (截至 before a date is marked by the shared as-of refiner.)
 */
import type { Parser } from "../../extraction.ts";

export const asOfNow: Parser = {
  id: "zh.as-of-now",
  pattern:
    /(?:截至|截止)(?:到|至)? ?(?:目前(?:为止|為止)?|当前|當前|现在|現在|(?:记者|記者)?(?:发稿|發稿)(?:时|時)|今(?=[，,。]))|(?:到|至)目前(?:为止|為止)|迄今(?:为止|為止)/,
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "ASOF", role: "asof" }),
};
