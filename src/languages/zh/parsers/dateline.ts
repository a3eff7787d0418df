/**
 * The document's own date line: 新华社开罗3月5日电, 本报北京……3月29日电, 中新网3月5日电,
 * 中央社記者台北5日電 (day only). Only the date is the mention: "3月5日".
 */
import type { Parser, Parts } from "../../extraction.ts";
import { cnNumber, DAY, MONTH, NO_NUMBER_BEFORE, YEAR, yearNumber } from "../constants.ts";

export const dateline: Parser = {
  id: "zh.dateline",
  pattern: new RegExp(`${NO_NUMBER_BEFORE}(?:(${YEAR}) ?年 ?)?(?:(${MONTH}) ?月 ?)?(${DAY}) ?日(?= ?[电電](?:[\\s（(）)，,：:]|记者|記者|$))`),
  extract(m) {
    const [, year, monthText, dayText] = m;
    const day = cnNumber(dayText!);
    if (!(day >= 1 && day <= 31)) return null;
    const known: Parts = { day };
    if (monthText) known.month = cnNumber(monthText);
    if (year) known.year = yearNumber(year);
    return { index: m.index, text: m[0], start: { known }, role: "dateline" };
  },
};
