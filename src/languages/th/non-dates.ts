import { WEEKDAY } from "./constants.ts";

/** Text that looks like a date and is not (the shared dropNonDates refiner removes what overlaps it). */
export const NON_DATES: RegExp[] = [
  /โควิด\s*-?\s*19/,
  /COVID\s*-?\s*19/i,
  /nCoV\s*-?\s*2019/i,
  // ไวรัสโคโรนา 2019, โคโรนาไวรัสสายพันธุ์ใหม่ 2019: a name, not a year.
  /(?:ไวรัส\s*)?โคโรนา(?:\s*ไวรัส)?(?:\s*สายพันธุ์ใหม่)?\s*(?:ปี\s*)?(?:ค\.ศ\.\s*)?2019/,
  // "2030 Agenda", วาระการพัฒนาที่ยั่งยืน ค.ศ. 2030.
  /\d{4}\s*Agenda|Agenda\s*\d{4}/i,
  /วาระ[^\s\d]{0,40}\s*(?:ค\.ศ\.|ปี)?\s*\d{4}/,
  // Issue numbers: "No. 8, 2020", ฉบับที่ 8/2563, ฉบับที่ 8 พ.ศ. 2563.
  /No\.\s*\d+,\s*\d{4}/i,
  /ฉบับที่\s*\d+\s*(?:\/\s*\d{4}|(?:ปี\s*)?(?:พ\.ศ\.|ค\.ศ\.)\s*\d{4}|ปี\s*\d{4})/,
  // The year in a law's title: พ.ร.บ.โรคติดต่อ พ.ศ. 2558.
  /(?:พระราชบัญญัติ|พระราชกำหนด|พ\.ร\.บ\.|พ\.ร\.ก\.)\s?[^\s\d]{0,80}\s+พ\.ศ\.\s*\d{4}/,
  // A comparison baseline, not a date: เดือนเดียวกันของปีก่อน ("the same month of the year before"), as 去年同期 in Chinese.
  /(?:เดือน|ช่วง|ระยะ|ไตรมาส|วัน)(?:เวลา)?เดียวกัน(?:ของ|กับ|ใน)?\s*ปี(?:ก่อน|ที่แล้ว|ที่ผ่านมา)/,
  // Opening hours, not days: วันจันทร์-วันศุกร์, วันเสาร์-อาทิตย์, จันทร์ถึงศุกร์.
  new RegExp(`${WEEKDAY}\\s*(?:-|–|ถึง)\\s*(?:วัน)?${WEEKDAY}`),
];
