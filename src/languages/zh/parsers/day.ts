/**
 * A day of the month alone, the month implied by the publication date: 5日抵达, 9日晚,
 * the 28日 of 3月27日和28日. Not durations or counts: 5日内, 近5日, 连续3日, 隔离14日, 历时3日, 停业15日, 第5日, 1日游.
 */
import type { Parser } from "../../extraction.ts";

const NOT_BEFORE = "(?<![\\d.\\-/:〇零○一二三四五六七八九十月年号號第每前近连連续續去来來数數几幾这這那后後头頭首离離疫期时時达達共满滿留住过過业業停休闭閉工课課关關禁限了约約])";
const NOT_AFTER = "(?! ?(?:[内內间間后後前游遊均]|之[内內久后後前]|以[内內后後前上]|左右|多|余|餘|本))";

export const dayOnly: Parser = {
  id: "zh.day",
  pattern: new RegExp(`${NOT_BEFORE}(\\d{1,2}) ?日${NOT_AFTER}`),
  extract(m) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { index: m.index, text: m[0], start: { known: { day } } };
  },
};
