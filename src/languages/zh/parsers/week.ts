/**
 * Calendar weeks and weekends counted from the publication date: 上周, 上星期, 上个星期, 上礼拜 (last
 * week), 本周, 这周, 这个星期 (this week), 下周, 下个星期 (next week) → Monday to Sunday (kit/phrases.ts
 * week()); 上周末, 本周末, 这个周末, 下周末 → Saturday and Sunday. Not a weekday (上周五: weekday.ts),
 * 周年 (anniversary), 周期 (cycle), 周边 (around), 星期天; not 上上周 (not read) nor 马上周 or 以上周.
 */
import type { Parser } from "../../extraction.ts";
import { week, weekend } from "../../kit/phrases.ts";

const OFFSETS: Record<string, -1 | 0 | 1> = { 上: -1, 本: 0, 这: 0, 這: 0, 下: 1 };

export const weeks: Parser = {
  id: "zh.week",
  pattern: /(?<![上马馬以之线線])(上|本|这|這|下)(?:个|個)?(?:(周|週)末|(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天末年期边邊围圍岁歲内內刊报報]))/,
  extract(m) {
    const offset = OFFSETS[m[1]!]!;
    return { index: m.index, text: m[0], ...(m[2] ? weekend(offset) : week(offset)) };
  },
};
