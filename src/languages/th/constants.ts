/**
 * Thai month, weekday and year words, and the regex fragments the parsers share.
 * Digits are already ASCII (engine/digits.ts), so "๒๕๖๓" arrives as "2563".
 */

/** Full names (with a common misspelling) and abbreviations, keyed without dots. */
const MONTHS: Record<string, number> = {
  มกราคม: 1, กุมภาพันธ์: 2, มีนาคม: 3, เมษายน: 4, พฤษภาคม: 5, มิถุนายน: 6,
  กรกฎาคม: 7, กรกฏาคม: 7, สิงหาคม: 8, กันยายน: 9, ตุลาคม: 10, พฤศจิกายน: 11, ธันวาคม: 12,
  มค: 1, กพ: 2, มีค: 3, เมย: 4, พค: 5, มิย: 6, กค: 7, สค: 8, กย: 9, ตค: 10, พย: 11, ธค: 12,
};

export const MONTH_FULL = "(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)";
/** ม.ค. … ธ.ค.; not the start of another abbreviation (ก.พ.ร., ส.ค.ส.). */
export const MONTH_ABBR = "(?:ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค)(?!\\.?[ก-ฮ]\\.)\\.?";
export const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;

export function monthNumber(word: string): number {
  return MONTHS[word.replace(/[.\s]/g, "")]!;
}

/** 1 = Monday … 7 = Sunday. */
const WEEKDAYS: [RegExp, number][] = [
  [/จันทร์/, 1], [/อังคาร/, 2], [/พุธ/, 3], [/พฤหัส/, 4], [/ศุกร์/, 5], [/เสาร์/, 6], [/อาทิตย์/, 7],
];
export const WEEKDAY = "(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)";

export function weekdayNumber(word: string): number {
  return WEEKDAYS.find(([re]) => re.test(word))![1];
}

/** Words that make a number a count or a time, not a two-digit year. */
const UNITS = "(?:ราย|คน|ประเทศ|ชิ้น|ชุด|แห่ง|ครั้ง|น\\.|นาฬิกา|ล้าน|พัน|หมื่น|แสน|บาท|%|เปอร์เซ็นต์|ปี|วัน|ชั่วโมง|นาที|ตัว|ลำ|คัน|หลัง|จังหวัด|เตียง|โดส|องค์กร)";
const NO_MORE_DIGITS = "(?![\\d:]|[.,]\\d)";

/**
 * An optional year after a month: "2563", "พ.ศ. 2563", "ค.ศ. 2020", "63" (Buddhist Era, two digits;
 * not a count or a time: "มีนาคม 80 ราย", "25 มี.ค. 10 น.").
 * Groups: era, year.
 */
export const YEAR_AFTER = `(?:\\s*(?:(พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4}${NO_MORE_DIGITS}|[5-9]\\d${NO_MORE_DIGITS}(?!\\s*${UNITS})))?`;

/** "วันที่", "วันศุกร์ที่", "วันศุกร์": words for "the day" that belong to the date. */
export const DAY_WORD = `(?:วัน(?:${WEEKDAY})?ที่|วัน${WEEKDAY})`;
/** A day number not cut out of a longer number, a decimal or a time. */
export const DAY = "(?<![\\d.,:/])(\\d{1,2})(?![\\d:]|[.,]\\d)";

/** A stated year to the Common Era: Buddhist-Era 2563 and 63 → 2020. Undefined if implausible. */
export function toYear(digits: string, era?: string): number | undefined {
  let year = Number(digits);
  if (digits.length === 2) year = era === "ค.ศ." ? 2000 + year : 2500 + year - 543;
  else if (era === "พ.ศ." || (era !== "ค.ศ." && year >= 2400)) year -= 543;
  return year >= 1800 && year <= 2200 ? year : undefined;
}

/** A valid day of the month, as a number. */
export function dayNumber(digits: string): number | undefined {
  const day = Number(digits);
  return day >= 1 && day <= 31 ? day : undefined;
}
