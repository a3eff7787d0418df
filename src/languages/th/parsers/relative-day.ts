/** Days counted from the publication date: วันนี้, เมื่อวาน(นี้), วานนี้, เมื่อวานซืน, เมื่อคืน(นี้), พรุ่งนี้. */
import type { Parser } from "../../extraction.ts";

const OFFSETS: [RegExp, number][] = [
  [/^เมื่อวานซืน/, -2], [/^(?:เมื่อวาน|วานนี้|เมื่อคืน)/, -1], [/^วันนี้/, 0], [/^พรุ่งนี้/, 1], [/^มะรืน/, 2],
];

export const relativeDay: Parser = {
  id: "th.relative-day",
  // Not ทุกวันนี้ ("nowadays"); not เมื่อคืนวันที่ 26 (the night of a stated date).
  pattern: /(?<!ทุก)(?:เมื่อวานซืน(?:นี้)?|เมื่อวาน(?:นี้)?|วานนี้|เมื่อคืน(?:นี้)?(?!\s*วัน)|วันนี้|พรุ่งนี้|มะรืนนี้)/,
  extract(m) {
    const offset = OFFSETS.find(([re]) => re.test(m[0]))![1];
    return { index: m.index, text: m[0], start: { known: {}, relative: { kind: "days", offset } } };
  },
};
