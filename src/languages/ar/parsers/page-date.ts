/**
 * Page dates in the chrome around an article: "تاريخ النشر: 2020-07-15", "آخر تحديث: 15 يوليو 2020",
 * "نشر في: الأربعاء، 15 يوليو 2020". The label is not part of the mention; role "dateline".
 * Without a colon the label must start its line, so body text ("نشر في 26 مارس تقريرا") is left alone.
 */
import type { Parser } from "../../extraction.ts";
import { FULL_DATE, readDate } from "../dates.ts";

const LABEL =
  "(?:آخر\\s+تحديث|تاريخ\\s+(?:النشر|الإضافة|الاضافة|التحديث)|(?:تم\\s+)?(?:نشر|نُشر|النشر|التحديث|تحديث)(?:\\s+(?:في|بتاريخ|يوم))?|محدث)";

export const pageDate: Parser = {
  id: "ar.page-date",
  pattern: new RegExp(`(?<![\\p{L}\\p{M}])${LABEL}[^\\S\\n]*(?:([:：])[^\\S\\n]*)?(${FULL_DATE})`, "u"),
  extract(m, { text }) {
    if (!m[1]) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (!/\n[ \t\u00a0|•·*-]*$/.test(before) && !(m.index <= 40 && /^[\s|•·*-]*$/.test(before))) return null;
    }
    const date = m[2]!;
    const numeric = /^[\d/.-]+$/.test(date);
    const written = numeric ? date : date.replace(/^\D*(?=\d)/, "");
    const parts = readDate(written.replace(/\s+/g, " "));
    if (!parts) return null;
    return { index: m.index + m[0].length - date.length, text: date, role: "dateline", start: { known: parts } };
  },
};
