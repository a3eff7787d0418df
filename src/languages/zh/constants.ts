/**
 * Chinese (simplified and traditional) number, year, month, day and weekday words,
 * shared by the zh parsers. Digits are already ASCII (full-width ０–９ are normalised
 * by the engine); Chinese numerals (三月五日, 二〇二〇年) are read here.
 */
import type { Mod, Relative } from "../extraction.ts";

const DIGITS: Record<string, number> = { "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2, "兩": 2 };
const CN_DIGITS = "〇零○一二三四五六七八九";
const ONE_TO_NINE = "一二三四五六七八九";

/** No digit (ASCII or Chinese) directly before: "13月" is not "3月". */
export const NO_NUMBER_BEFORE = `(?<![\\d${CN_DIGITS}十廿卅])`;
/** A year written in full: 2020, 二〇二〇, 民國109 (Republic-of-China era). */
export const YEAR = `(?:\\d{4}|[${CN_DIGITS}]{4}|民[國国] ?\\d{2,3})`;
/** Before a month a three-digit year is an ROC year too: 109年3月 (Taiwan). */
export const YEAR_BEFORE_MONTH = `(?:${YEAR}|1\\d{2})`;
export const MONTH = `(?:\\d{1,2}|十[一二]?|[${ONE_TO_NINE}])`;
export const DAY = `(?:\\d{1,2}|[二三]十[${ONE_TO_NINE}]?|十[${ONE_TO_NINE}]?|廿[${ONE_TO_NINE}]?|卅一?|[${ONE_TO_NINE}])`;
/** 日 or colloquial 号/號 after a day number. */
export const DAY_WORD = "[日号號]";
/** Week words: 星期五, 周五, 週五, 礼拜五, 禮拜五. */
export const WEEK = "(?:星期|礼拜|禮拜|周|週)";
export const WEEKDAY_CHARS = "一二三四五六日天";
/** A weekday in brackets after a date belongs to it: 3月5日（星期四）. */
export const WEEKDAY_NOTE = `(?: ?[（(]${WEEK}[${WEEKDAY_CHARS}][)）])?`;
/**
 * A date in brackets after a relative day or weekday belongs to it: 上週五（2月28日）, 今日（三月二十日）.
 * Groups: month (optional), day.
 */
export const BRACKETED_DATE = `(?: ?[（(](?:(${MONTH}) ?月 ?)?(${DAY}) ?${DAY_WORD}[)）])?`;

/** The parts a bracketed date states, if it gives a month (then it replaces the relative reading). */
export function bracketedParts(month: string | undefined, day: string | undefined): { month: number; day: number } | undefined {
  if (!month || !day) return undefined;
  const parts = { month: cnNumber(month), day: cnNumber(day) };
  return parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31 ? parts : undefined;
}

/**
 * 日 often starts the next word, not a date: 当日本 ("when Japan"), 同日方, 是日元.
 * Used after relative words ending in 日 (当日, 今日, 周日).
 */
export const NOT_JAPAN_AFTER = "(?![本方元圆圓军軍韩韓企媒籍侨僑语語文产產])";

export const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** Years counted from the publication date: 今年 (0), 去年 (-1), 明年 (+1), 前年 (-2). */
export const YEAR_OFFSETS: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };
/** An optional year word before a date (group 1): 今年2月, 去年12月8日. */
export const YEAR_WORD = "(今年|去年|明年|前年)?";

/** The relative reading a year word gives a date, if any. */
export function yearRelative(word: string | undefined): { relative?: Relative } {
  return word ? { relative: { kind: "year", offset: YEAR_OFFSETS[word]! } } : {};
}

/** 初/上旬 = early, 中旬 = mid, 底/末/下旬 = late; a span of parts takes its first (上中旬, 中下旬). */
export function partMod(word: string): Mod {
  if (word.startsWith("初") || word.startsWith("上")) return "START";
  if (word.startsWith("中")) return "MID";
  return "END";
}
/** 初 as part of a month, not 初步 ("preliminary"), 初次, 初审… */
export const MONTH_PART = "(初(?![步次稿审審选選赛賽级級核查])|上中旬|中下旬|上旬|中旬|下旬|底|末)";

/** 12, 十二, 二十五, 廿三, 卅一 → number (NaN if unreadable). */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "卅" || s === "卅一") return s === "卅" ? 30 : 31;
  if (s.startsWith("廿")) return 20 + (DIGITS[s.slice(1)] ?? 0);
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? (DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? NaN);
  const units = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + units;
}

/** 2020, 二〇二〇 (digit by digit), 民國109 or 109 (ROC era, + 1911). */
export function yearNumber(s: string): number {
  const roc = /^民[國国] ?(\d+)$/.exec(s);
  if (roc) return Number(roc[1]) + 1911;
  if (/^\d{3}$/.test(s)) return Number(s) + 1911;
  if (/^\d+$/.test(s)) return Number(s);
  return Number([...s].map((c) => DIGITS[c] ?? NaN).join(""));
}
