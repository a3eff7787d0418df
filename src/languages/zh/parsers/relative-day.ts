/**
 * Days counted from the publication date: 今天/今日 (0), 昨天/昨日 (-1), 前天 (-2), 大前天 (-3),
 * 明天/明日 (+1), 后天 (+2), 即日(起) (0); one-word parts of those days count as the day: 昨晚, 今晨, 今早.
 * A bracketed date belongs to the word: 今日（三月二十日）. Counted back: 3天前, 两天前, 两周前, 两个月前 (the month), 三年前 (the year); 几天前 is vague: vague.ts.
 */
import type { Parser } from "../../extraction.ts";
import { BRACKETED_DATE, bracketedParts, cnNumber, NOT_JAPAN_AFTER } from "../constants.ts";

const OFFSETS: Record<string, number> = {
  大前天: -3, 前天: -2, 昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 昨晨: -1,
  今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0, 即日: 0,
  明天: 1, 明日: 1, 后天: 2, 後天: 2, 大后天: 3, 大後天: 3,
};
const words = (keep: (w: string) => boolean) =>
  Object.keys(OFFSETS).filter(keep).sort((a, b) => b.length - a.length).join("|");
/** 日-words are not 今日本 ("now Japan…"); 后天 is not 雨后天晴 or 午后天气. */
const PLAIN = words((w) => !w.endsWith("日") && !/^[后後]/.test(w));
const RI = `(?:${words((w) => w.endsWith("日"))})${NOT_JAPAN_AFTER}`;
const HOU = "[后後]天(?![气氣晴空])";

export const relativeDay: Parser = {
  id: "zh.relative-day",
  // Not the end of another word: 之前 + 天…, 当今 + 天下, 午后 + 天气.
  pattern: new RegExp(`(?<![之以当當然随隨最此其而背午雨])(${PLAIN}|${RI}|${HOU})${BRACKETED_DATE}`),
  extract(m) {
    const stated = bracketedParts(m[2], m[3]);
    if (stated) return { index: m.index, text: m[0], start: { known: stated } };
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset: OFFSETS[m[1]!]! } } };
  },
};

export const daysAgo: Parser = {
  id: "zh.days-ago",
  pattern: /(?<![\d〇零○一二三四五六七八九十几幾数數多])(\d{1,2}|[两兩一二三四五六七八九十]{1,3}) ?(天|日|周|週|个星期|個星期|星期|个月|個月|年)前(?![夕往来來])/,
  extract(m) {
    const n = cnNumber(m[1]!);
    if (!(n >= 1 && n <= 60) || (m[2] === "日" && /^\d/.test(m[1]!))) return null; // 3日前 may be "before the 3rd"
    // 三年前: the year (2017 in 2020); 两个月前: the month.
    if (m[2] === "年") return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "year", offset: -n } } };
    if (m[2]!.endsWith("月")) return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "month", offset: -n } } };
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset: -n * (m[2] === "天" || m[2] === "日" ? 1 : 7) } } };
  },
};
