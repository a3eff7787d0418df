/**
 * Before the publication date (mod BEFORE). 日前 and 近日, the news formula for "in the last few
 * days", are read always (DESIGN.md names them as the source of the "before" qualifier); the
 * vaguer 近期, 前不久, 不久前, 前些天, 几天前, 早前 (Hong Kong, Taiwan) only with the `vague` option.
 * 日前 is not the end of another 日-word (节日前, 周日前, 5日前) nor 日 + 前往/前来;
 * 近日 is not 接近日本 nor 近日内 (within days: ahead).
 */
import type { Parser } from "../../extraction.ts";

const DAY_WORD_BEFORE = "\\d〇零○一二三四五六七八九十月号號节節生假周週末作次当當今昨明前后後每某平忌期终終白落旭烈红紅冬夏春秋近数數几幾多同是往来來连連念抗元暑寒休吉主拜天纪紀旧舊逐隔翌";

/** 近期 also means "in the near term": not when the clause looks ahead (近期将, 近期内, 近期目标). */
const NOT_AHEAD = "(?![内內]|目[标標]|[计計]划|[^，。；,;！？!?\\n]{0,20}?(?:将|將|拟|擬|[计計]划|[预預][计計]|有望|可望))";

export const daysBefore: Parser = {
  id: "zh.days-before",
  pattern: new RegExp(`(?<![${DAY_WORD_BEFORE}])日前(?![往来來进進行夕])|(?<![接靠临臨邻鄰最将將])近日(?![内內])`),
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "BEFORE" }),
};

export const vague: Parser = {
  id: "zh.vague",
  pattern: new RegExp(`前不久|不久前|(?<![之以])前些(?:天|日子|时候|時候)|(?:几|幾|数|數)(?:天|日)前|早前(?![几幾两兩数數\\d])|近期${NOT_AHEAD}`),
  extract: (m) => ({ index: m.index, text: m[0], start: { known: {}, relative: { kind: "reference" } }, mod: "BEFORE", vague: true }),
};
