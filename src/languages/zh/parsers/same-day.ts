/**
 * "That day": 当天, 當天, 当日, 同日, 同一天, 是日, 当晚 — the day last mentioned before it;
 * "the next day": 次日, 翌日, 第二天, 隔天 — the day after it (not 隔日: also "every other day").
 */
import type { Parser } from "../../extraction.ts";
import { NOT_JAPAN_AFTER } from "../constants.ts";

export const sameDay: Parser = {
  id: "zh.same-day",
  // 每当天…, 不可同日而语 (an idiom), 当日本 ("when Japan…") are not.
  pattern: new RegExp(`(?<![每])(?:(当天|當天|当晚|當晚|同一天|(?:当|當|同|是)日${NOT_JAPAN_AFTER}(?!而))|(第二天|隔天|(?:次|翌)日${NOT_JAPAN_AFTER}))`),
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "same-day", ...(m[2] ? { offset: 1 } : {}) } } }),
};
