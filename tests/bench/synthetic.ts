/**
 * A deterministic synthetic dataset for benchmarks: a complete, valid data folder
 * (site.json, sources.json, documents/*.txt, events/*.json) of any size.
 *
 * Documents are written in English, Simplified Chinese, Arabic and Thai and are made
 * of the sentences the events quote, with filler in between, so every citation's
 * offsets are real (in Unicode code points: some Chinese filler contains characters
 * outside the BMP, so UTF-16 offsets would be wrong). The same arguments always
 * produce byte-identical files: the only randomness is a seeded PRNG.
 *
 *   node --import tsx tests/bench/synthetic.ts <dir> <eventCount>
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
const EVENTS_PER_FILE = 1000;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;

type Lang = "en" | "zh-Hans" | "ar" | "th";
const LANGS: readonly Lang[] = ["en", "zh-Hans", "ar", "th"];

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of table) {
      if ((r -= weight) < 0) return value;
    }
    return table[table.length - 1]![0];
  }
  /** `count` distinct items (fewer if there are not enough). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  hex(length: number): string {
    let s = "";
    while (s.length < length) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

interface Country {
  code: string;
  en: string;
  "zh-Hans": string;
  ar: string;
  th: string;
  capital: string;
}

// prettier-ignore
const COUNTRIES: readonly Country[] = [
  ["LA", "Laos", "老挝", "لاوس", "ลาว", "Vientiane"],
  ["TH", "Thailand", "泰国", "تايلاند", "ไทย", "Bangkok"],
  ["KH", "Cambodia", "柬埔寨", "كمبوديا", "กัมพูชา", "Phnom Penh"],
  ["MM", "Myanmar", "缅甸", "ميانمار", "เมียนมา", "Naypyidaw"],
  ["VN", "Vietnam", "越南", "فيتنام", "เวียดนาม", "Hanoi"],
  ["PH", "the Philippines", "菲律宾", "الفلبين", "ฟิลิปปินส์", "Manila"],
  ["ID", "Indonesia", "印度尼西亚", "إندونيسيا", "อินโดนีเซีย", "Jakarta"],
  ["MY", "Malaysia", "马来西亚", "ماليزيا", "มาเลเซีย", "Kuala Lumpur"],
  ["PK", "Pakistan", "巴基斯坦", "باكستان", "ปากีสถาน", "Islamabad"],
  ["IR", "Iran", "伊朗", "إيران", "อิหร่าน", "Tehran"],
  ["IQ", "Iraq", "伊拉克", "العراق", "อิรัก", "Baghdad"],
  ["IT", "Italy", "意大利", "إيطاليا", "อิตาลี", "Rome"],
  ["RS", "Serbia", "塞尔维亚", "صربيا", "เซอร์เบีย", "Belgrade"],
  ["EG", "Egypt", "埃及", "مصر", "อียิปต์", "Cairo"],
  ["SA", "Saudi Arabia", "沙特阿拉伯", "السعودية", "ซาอุดีอาระเบีย", "Riyadh"],
  ["AE", "the United Arab Emirates", "阿联酋", "الإمارات", "สหรัฐอาหรับเอมิเรตส์", "Abu Dhabi"],
  ["DZ", "Algeria", "阿尔及利亚", "الجزائر", "แอลจีเรีย", "Algiers"],
  ["ET", "Ethiopia", "埃塞俄比亚", "إثيوبيا", "เอธิโอเปีย", "Addis Ababa"],
  ["KE", "Kenya", "肯尼亚", "كينيا", "เคนยา", "Nairobi"],
  ["NG", "Nigeria", "尼日利亚", "نيجيريا", "ไนจีเรีย", "Abuja"],
  ["ZA", "South Africa", "南非", "جنوب أفريقيا", "แอฟริกาใต้", "Pretoria"],
  ["BR", "Brazil", "巴西", "البرازيل", "บราซิล", "Brasília"],
  ["PE", "Peru", "秘鲁", "بيرو", "เปรู", "Lima"],
  ["FR", "France", "法国", "فرنسا", "ฝรั่งเศส", "Paris"],
  ["DE", "Germany", "德国", "ألمانيا", "เยอรมนี", "Berlin"],
  ["PL", "Poland", "波兰", "بولندا", "โปแลนด์", "Warsaw"],
  ["HU", "Hungary", "匈牙利", "المجر", "ฮังการี", "Budapest"],
  ["MN", "Mongolia", "蒙古国", "منغوليا", "มองโกเลีย", "Ulaanbaatar"],
  ["KZ", "Kazakhstan", "哈萨克斯坦", "كازاخستان", "คาซัคสถาน", "Astana"],
  ["NP", "Nepal", "尼泊尔", "نيبال", "เนปาล", "Kathmandu"],
  ["LK", "Sri Lanka", "斯里兰卡", "سريلانكا", "ศรีลังกา", "Colombo"],
  ["JO", "Jordan", "约旦", "الأردن", "จอร์แดน", "Amman"],
].map(([code, en, zh, ar, th, capital]) => ({ code: code!, en: en!, "zh-Hans": zh!, ar: ar!, th: th!, capital: capital! }));

const CHINA = "CN";

type Slots = { when: string; country: string; n: number };
type Template = (s: Slots) => string;

interface Topic {
  slug: string;
  tags: string[];
  headline: (country: string, n: number) => string;
  summary: (country: string, n: number) => string;
  sentence: Record<Lang, Template>;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TOPICS: readonly Topic[] = [
  {
    slug: "medical-team",
    tags: ["medical-team", "health"],
    headline: (c) => `Chinese medical expert team arrives in ${c}`,
    summary: (c, n) => `A team of ${n} Chinese medical experts arrived in ${c} to advise local health authorities on treatment and prevention.`,
    sentence: {
      en: ({ when, country, n }) => `A team of ${n} Chinese medical experts arrived in ${country} ${when}, officials said.`,
      "zh-Hans": ({ when, country, n }) => `${when}，由${n}人组成的中国抗疫医疗专家组抵达${country}。`,
      ar: ({ when, country, n }) => `وصل فريق طبي صيني مكون من ${n} خبيرا إلى ${country} ${when}.`,
      th: ({ when, country, n }) => `${when} คณะผู้เชี่ยวชาญทางการแพทย์ของจีนจำนวน ${n} คนเดินทางถึง${country}`,
    },
  },
  {
    slug: "medical-supplies",
    tags: ["donation", "medical-supplies"],
    headline: (c, n) => `China delivers ${n} tonnes of medical supplies to ${c}`,
    summary: (c, n) => `${n} tonnes of masks, test kits and protective clothing from China were handed over to ${c}.`,
    sentence: {
      en: ({ when, country, n }) => `China delivered ${n} tonnes of medical supplies to ${country} ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，中国向${country}交付了${n}吨医疗物资。`,
      ar: ({ when, country, n }) => `سلمت الصين ${n} طنا من المستلزمات الطبية إلى ${country} ${when}.`,
      th: ({ when, country, n }) => `${when} จีนส่งมอบเวชภัณฑ์จำนวน ${n} ตันให้แก่${country}`,
    },
  },
  {
    slug: "vaccine-doses",
    tags: ["vaccines", "donation"],
    headline: (c, n) => `${cap(c)} receives ${n},000 vaccine doses from China`,
    summary: (c, n) => `A shipment of ${n},000 vaccine doses donated by China reached ${c}.`,
    sentence: {
      en: ({ when, country, n }) => `${cap(country)} received ${n},000 doses of Chinese vaccines ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，${country}接收了中国援助的${n}万剂疫苗。`,
      ar: ({ when, country, n }) => `تسلمت ${country} ${n} ألف جرعة من اللقاحات الصينية ${when}.`,
      th: ({ when, country, n }) => `${when} ${country}ได้รับวัคซีนจากจีนจำนวน ${n},000 โดส`,
    },
  },
  {
    slug: "video-conference",
    tags: ["knowledge-sharing", "video-conference"],
    headline: (c) => `Chinese experts hold video conference with ${c} health officials`,
    summary: (c) => `Chinese epidemiologists shared prevention and treatment experience with health officials in ${c} by video link.`,
    sentence: {
      en: ({ when, country }) => `Chinese experts held a video conference with health officials from ${country} ${when}.`,
      "zh-Hans": ({ when, country }) => `${when}，中国专家与${country}卫生官员举行视频会议，分享防控经验。`,
      ar: ({ when, country }) => `عقد خبراء صينيون مؤتمرا عبر الفيديو مع مسؤولي الصحة في ${country} ${when}.`,
      th: ({ when, country }) => `${when} ผู้เชี่ยวชาญจีนจัดการประชุมทางวิดีโอกับเจ้าหน้าที่สาธารณสุขของ${country}`,
    },
  },
  {
    slug: "loan-agreement",
    tags: ["finance", "belt-and-road"],
    headline: (c, n) => `China and ${c} sign $${n} million infrastructure loan`,
    summary: (c, n) => `The two governments signed a loan agreement worth ${n} million US dollars for roads & power lines in ${c}.`,
    sentence: {
      en: ({ when, country, n }) => `China and ${country} signed a loan agreement worth ${n} million dollars ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，中国与${country}签署了价值${n}亿美元的基础设施贷款协议。`,
      ar: ({ when, country, n }) => `وقعت الصين و${country} اتفاقية قرض بقيمة ${n} مليون دولار ${when}.`,
      th: ({ when, country, n }) => `${when} จีนและ${country}ลงนามสัญญาเงินกู้มูลค่า ${n} ล้านดอลลาร์`,
    },
  },
  {
    slug: "thanks-china",
    tags: ["diplomacy", "statement"],
    headline: (c) => `Foreign minister of ${c} thanks China for “timely” support`,
    summary: (c) => `In a letter to his Chinese counterpart, the foreign minister of ${c} thanked China for its support.`,
    sentence: {
      en: ({ when, country }) => `The foreign minister of ${country} thanked China for its support ${when}.`,
      "zh-Hans": ({ when, country }) => `${country}外长${when}致函感谢中方的支持。`,
      ar: ({ when, country }) => `أعرب وزير خارجية ${country} عن شكره للصين على دعمها ${when}.`,
      th: ({ when, country }) => `${when} รัฐมนตรีต่างประเทศ${country}กล่าวขอบคุณจีนสำหรับการสนับสนุน`,
    },
  },
  {
    slug: "charter-flight",
    tags: ["repatriation", "transport"],
    headline: (c, n) => `Charter flight brings ${n} Chinese citizens home from ${c}`,
    summary: (c, n) => `A chartered flight carried ${n} Chinese citizens from ${c} back to China.`,
    sentence: {
      en: ({ when, country, n }) => `A charter flight brought ${n} Chinese citizens home from ${country} ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，一架包机从${country}接回${n}名中国公民。`,
      ar: ({ when, country, n }) => `أعادت رحلة مستأجرة ${n} مواطنا صينيا من ${country} ${when}.`,
      th: ({ when, country, n }) => `${when} เที่ยวบินเช่าเหมาลำรับพลเมืองจีน ${n} คนกลับจาก${country}`,
    },
  },
  {
    slug: "case-count",
    tags: ["statistics", "health"],
    headline: (c, n) => `${cap(c)} reports ${n} confirmed cases`,
    summary: (c, n) => `Health authorities in ${c} reported a cumulative total of ${n} confirmed cases.`,
    sentence: {
      en: ({ when, country, n }) => `${cap(country)} had reported ${n} confirmed cases ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，${country}累计报告确诊病例${n}例。`,
      ar: ({ when, country, n }) => `سجلت ${country} ${n} إصابة مؤكدة ${when}.`,
      th: ({ when, country, n }) => `${when} ${country}รายงานผู้ติดเชื้อสะสม ${n} ราย`,
    },
  },
  {
    slug: "hospital-opens",
    tags: ["construction", "health"],
    headline: (c) => `China-built hospital opens in ${c}`,
    summary: (c) => `A hospital built with Chinese assistance opened to patients in ${c}.`,
    sentence: {
      en: ({ when, country }) => `A hospital built by China opened in ${country} ${when}.`,
      "zh-Hans": ({ when, country }) => `${when}，中方援建的医院在${country}正式启用。`,
      ar: ({ when, country }) => `افتتح مستشفى بنته الصين في ${country} ${when}.`,
      th: ({ when, country }) => `${when} โรงพยาบาลที่จีนสร้างเปิดให้บริการใน${country}`,
    },
  },
  {
    slug: "training-course",
    tags: ["training", "knowledge-sharing"],
    headline: (c, n) => `Chinese trainers run course for ${n} doctors in ${c}`,
    summary: (c, n) => `Chinese medical trainers ran a course for ${n} doctors and nurses in ${c}.`,
    sentence: {
      en: ({ when, country, n }) => `Chinese trainers ran a course for ${n} doctors from ${country} ${when}.`,
      "zh-Hans": ({ when, country, n }) => `${when}，中国培训团队为${country}${n}名医生开展培训。`,
      ar: ({ when, country, n }) => `نظم مدربون صينيون دورة لـ${n} طبيبا من ${country} ${when}.`,
      th: ({ when, country, n }) => `${when} ทีมฝึกอบรมจากจีนจัดหลักสูตรให้แพทย์ ${n} คนของ${country}`,
    },
  },
];

const EXTRA_TAGS = ["asean", "africa", "middle-east", "europe", "latin-america", "multilateral", "who"];

// Filler sentences between quotes. Some Chinese ones contain a character outside the
// BMP (𠮷, U+20BB7), so code-point and UTF-16 offsets differ after them.
const FILLER: Record<Lang, readonly string[]> = {
  en: [
    "The ministry did not give further details.",
    "Local media carried the news on their front pages.",
    "Observers said the cooperation had deepened over the past year.",
    "The embassy said more assistance would follow.",
    "Officials from both sides attended a handover ceremony at the airport.",
  ],
  "zh-Hans": [
    "双方表示将继续加强合作。",
    "当地媒体对此进行了广泛报道。",
    "据𠮷田社区负责人介绍，当地秩序良好。",
    "使馆表示，后续援助将陆续抵达。",
    "交接仪式在机场举行，双方官员出席。",
  ],
  ar: [
    "ولم تقدم الوزارة مزيدا من التفاصيل.",
    "وتناقلت وسائل الإعلام المحلية الخبر على نطاق واسع.",
    "وقالت السفارة إن مزيدا من المساعدات سيصل قريبا.",
    "وحضر مسؤولون من الجانبين مراسم التسليم في المطار.",
  ],
  th: [
    "กระทรวงไม่ได้ให้รายละเอียดเพิ่มเติม",
    "สื่อท้องถิ่นรายงานข่าวนี้อย่างกว้างขวาง",
    "สถานทูตระบุว่าจะมีความช่วยเหลือเพิ่มเติมตามมา",
    "เจ้าหน้าที่ของทั้งสองฝ่ายเข้าร่วมพิธีส่งมอบที่สนามบิน",
  ],
};

const SENTENCE_SEPARATOR: Record<Lang, string> = { en: " ", "zh-Hans": "", ar: " ", th: " " };

const MONTHS: Record<Lang, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  "zh-Hans": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  th: ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
};

interface Publisher {
  slug: string;
  name: string;
  city: string;
}

const PUBLISHERS: Record<Lang, readonly Publisher[]> = {
  en: [
    { slug: "qiushi", name: "Qiushi Journal, English Edition", city: "Beijing" },
    { slug: "china-daily", name: "China Daily", city: "Beijing" },
    { slug: "global-times", name: "Global Times", city: "Beijing" },
    { slug: "cgtn", name: "CGTN", city: "Beijing" },
  ],
  "zh-Hans": [
    { slug: "peoples-daily", name: "人民日报", city: "北京" },
    { slug: "xinhua", name: "新华社", city: "北京" },
    { slug: "guangming", name: "光明日报", city: "北京" },
  ],
  ar: [
    { slug: "xinhua-arabic", name: "وكالة أنباء شينخوا", city: "القاهرة" },
    { slug: "cri-arabic", name: "إذاعة الصين الدولية", city: "بكين" },
  ],
  th: [
    { slug: "cri-thai", name: "CRI Online ภาคภาษาไทย", city: "ปักกิ่ง" },
    { slug: "xinhua-thai", name: "ซินหัว ภาคภาษาไทย", city: "กรุงเทพฯ" },
  ],
};

// ---------------------------------------------------------------------------
// Dates

interface EventDate {
  start: string;
  end?: string;
  precision: "day" | "month" | "year";
  qualifier?: "early" | "mid" | "late" | "approximate" | "before" | "as-of";
}

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function randomDate(rng: Random): EventDate {
  const y = rng.int(FIRST_YEAR, LAST_YEAR);
  const m = rng.int(1, 12);
  const d = rng.int(1, daysInMonth(y, m));
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const month = `${y}-${pad(m)}`;
  const shape = rng.weighted([
    ["day", 45],
    ["day-before", 6],
    ["day-as-of", 6],
    ["day-approximate", 3],
    ["day-range", 9],
    ["month", 9],
    ["month-part", 10],
    ["month-range", 3],
    ["year", 5],
    ["year-approximate", 2],
    ["year-range", 2],
  ] as const);
  switch (shape) {
    case "day":
      return { start: day, precision: "day" };
    case "day-before":
      return { start: day, precision: "day", qualifier: "before" };
    case "day-as-of":
      return { start: day, precision: "day", qualifier: "as-of" };
    case "day-approximate":
      return { start: day, precision: "day", qualifier: "approximate" };
    case "day-range":
      return { start: day, end: isoDay(dayMs(day) + rng.int(1, 5) * DAY), precision: "day" };
    case "month":
      return { start: month, precision: "month" };
    case "month-part":
      return { start: month, precision: "month", qualifier: rng.pick(["early", "mid", "late"] as const) };
    case "month-range": {
      const endMonth = new Date(Date.UTC(y, m - 1 + rng.int(1, 2), 1)).toISOString().slice(0, 7);
      return { start: month, end: endMonth, precision: "month" };
    }
    case "year":
      return { start: String(y), precision: "year" };
    case "year-approximate":
      return { start: String(y), precision: "year", qualifier: "approximate" };
    case "year-range":
      return { start: String(y), end: String(y + 1), precision: "year" };
  }
}

/** The last calendar day the date can refer to. */
function lastDay(date: EventDate): string {
  const p = date.end ?? date.start;
  if (p.length === 10) return p;
  const y = Number(p.slice(0, 4));
  if (p.length === 4) return `${y}-12-31`;
  const m = Number(p.slice(5, 7));
  return `${p}-${pad(daysInMonth(y, m))}`;
}

/** A date as a source in `lang` would write it. */
function fullDate(lang: Lang, partial: string): string {
  const y = Number(partial.slice(0, 4));
  const m = partial.length >= 7 ? Number(partial.slice(5, 7)) : 0;
  const d = partial.length === 10 ? Number(partial.slice(8, 10)) : 0;
  const month = m ? MONTHS[lang][m - 1]! : "";
  switch (lang) {
    case "en":
      return [d || "", month, y].filter(Boolean).join(" ");
    case "zh-Hans":
      return `${y}年${month}${d ? `${d}日` : ""}`;
    case "ar":
      return [d || "", month, y].filter(Boolean).join(" ");
    case "th":
      return [d || "", month, y + 543].filter(Boolean).join(" "); // Buddhist era
  }
}

/** The phrase for the event's date inside a quoted sentence. */
function datePhrase(lang: Lang, date: EventDate): string {
  const { start, end, precision, qualifier } = date;
  const f = (p: string) => fullDate(lang, p);
  if (end) {
    const range = { en: `between ${f(start)} and ${f(end)}`, "zh-Hans": `${f(start)}至${f(end)}`, ar: `بين ${f(start)} و${f(end)}`, th: `ระหว่าง ${f(start)} ถึง ${f(end)}` }[lang];
    return qualifier === "approximate" ? approximately(lang, range) : range;
  }
  if (qualifier === "before") return { en: "recently", "zh-Hans": "日前", ar: "مؤخرا", th: "เมื่อเร็วๆ นี้" }[lang];
  if (qualifier === "as-of") return { en: `as of ${f(start)}`, "zh-Hans": `截至${f(start)}`, ar: `حتى ${f(start)}`, th: `จนถึงวันที่ ${f(start)}` }[lang];
  if (qualifier === "early" || qualifier === "mid" || qualifier === "late") {
    const m = Number(start.slice(5, 7));
    const y = Number(start.slice(0, 4));
    const part = { early: 0, mid: 1, late: 2 }[qualifier];
    switch (lang) {
      case "en":
        return `in ${["early ", "mid-", "late "][part]}${MONTHS.en[m - 1]} ${y}`;
      case "zh-Hans":
        return `${y}年${m}${["月初", "月中旬", "月底"][part]}`;
      case "ar":
        return `في ${["أوائل", "منتصف", "أواخر"][part]} ${MONTHS.ar[m - 1]} ${y}`;
      case "th":
        return `${["ต้นเดือน", "กลางเดือน", "ปลายเดือน"][part]}${MONTHS.th[m - 1]} ${y + 543}`;
    }
  }
  const plain =
    precision === "day"
      ? { en: `on ${f(start)}`, "zh-Hans": f(start), ar: `يوم ${f(start)}`, th: `เมื่อวันที่ ${f(start)}` }[lang]
      : precision === "month"
        ? { en: `in ${f(start)}`, "zh-Hans": f(start), ar: `في ${f(start)}`, th: `ในเดือน${f(start)}` }[lang]
        : { en: `in ${f(start)}`, "zh-Hans": f(start), ar: `في عام ${f(start)}`, th: `ในปี ${f(start)}` }[lang];
  return qualifier === "approximate" ? approximately(lang, plain) : plain;
}

function approximately(lang: Lang, phrase: string): string {
  return { en: `around ${phrase.replace(/^(on|in) /, "")}`, "zh-Hans": `${phrase}前后`, ar: `حوالي ${phrase}`, th: `ประมาณ${phrase}` }[lang];
}

/** A timestamp with an offset, and the local calendar day it falls on. */
function timestamp(ms: number, offsetHours: number): { iso: string; localDay: string } {
  const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
  const zone = offsetHours === 0 ? "Z" : `${offsetHours > 0 ? "+" : "-"}${pad(Math.abs(offsetHours))}:00`;
  return { iso: `${local}${zone}`, localDay: local.slice(0, 10) };
}

// ---------------------------------------------------------------------------
// Generation

interface CitationPlan {
  sourceIndex: number;
  lang: Lang;
  quote: string;
  translation?: string;
  start: number;
  end: number;
}

interface EventPlan {
  record: Record<string, unknown>;
  date: EventDate;
  citations: CitationPlan[];
}

interface SourcePlan {
  lang: Lang;
  publisher: Publisher;
  citations: CitationPlan[];
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface GeneratedDataset {
  dir: string;
  events: number;
  published: number;
  sources: number;
  citations: number;
  eventFiles: number;
}

/** Writes a complete, valid data folder with `eventCount` events into `dir`. */
export function generateDataset(dir: string, eventCount: number): GeneratedDataset {
  if (!Number.isInteger(eventCount) || eventCount < 1) throw new Error(`event count must be a positive integer, got ${eventCount}`);
  const rng = new Random(0x5eed_da7e ^ eventCount);
  const sourceCount = Math.max(5, Math.round(eventCount / 50));

  // Sources: every language is represented; after the first four, a weighted mix.
  const sources: SourcePlan[] = Array.from({ length: sourceCount }, (_, i) => {
    const lang = i < LANGS.length ? LANGS[i]! : rng.weighted<Lang>([["en", 30], ["zh-Hans", 35], ["ar", 15], ["th", 20]]);
    return { lang, publisher: rng.pick(PUBLISHERS[lang]), citations: [] };
  });

  // Events, in chronological order so that each source covers a stretch of time.
  const dates = Array.from({ length: eventCount }, () => randomDate(rng)).sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  const events: EventPlan[] = dates.map((date, i) => {
    const topic = rng.pick(TOPICS);
    const country = rng.pick(COUNTRIES);
    const n = rng.int(2, 400);
    const countries = [country.code];
    if (rng.chance(0.6)) countries.push(CHINA);
    if (rng.chance(0.15)) {
      const other = rng.pick(COUNTRIES);
      if (!countries.includes(other.code)) countries.push(other.code);
    }
    const tags = [...topic.tags];
    if (rng.chance(0.3)) tags.push(rng.pick(EXTRA_TAGS));

    // 1–3 citations from distinct sources near this event's place in time.
    const citationCount = rng.weighted([[1, 55], [2, 33], [3, 12]] as const);
    const centre = Math.floor((i / eventCount) * sourceCount);
    const nearby: number[] = [];
    for (let s = Math.max(0, centre - 1); s <= Math.min(sourceCount - 1, centre + 1); s++) nearby.push(s);
    const citations: CitationPlan[] = rng.sample(nearby, citationCount).map((sourceIndex) => {
      const source = sources[sourceIndex]!;
      const slots = (lang: Lang) => ({ when: datePhrase(lang, date), country: country[lang], n });
      const quote = topic.sentence[source.lang](slots(source.lang));
      const plan: CitationPlan = { sourceIndex, lang: source.lang, quote, start: 0, end: 0 };
      if (source.lang !== "en") plan.translation = topic.sentence.en(slots("en"));
      source.citations.push(plan);
      return plan;
    });

    const status = rng.weighted([["published", 92], ["reviewed", 5], ["draft", 3]] as const);
    const offset = rng.weighted([[0, 8], [7, 1], [8, 1]] as const);
    // Added in 2024–25, corrected up to 180 days later: all in the past (validation rejects future times).
    const addedMs = Date.UTC(2024, 0, 1) + rng.int(0, 640) * DAY + rng.int(0, 86_399) * 1000;
    let updatedMs = rng.chance(0.2) ? addedMs + rng.int(1, 60) * DAY + rng.int(0, 3600) * 1000 : addedMs;
    const corrections: { date: string; note: string }[] = [];
    if (rng.chance(0.04)) {
      const fixes = rng.weighted([[1, 4], [2, 1]] as const);
      let fixMs = addedMs;
      for (let f = 0; f < fixes; f++) {
        fixMs += rng.int(1, 90) * DAY;
        corrections.push({
          date: timestamp(fixMs, offset).localDay,
          note: rng.pick([
            `An earlier version gave the number as ${n + rng.int(1, 50)}; the source says ${n}.`,
            `An earlier version named the wrong country. The source refers to ${country.en}.`,
            "An earlier version dated this event a month early. The quote has been re-read in the original.",
          ]),
        });
      }
      updatedMs = Math.max(updatedMs, fixMs + rng.int(0, 7200) * 1000);
    }
    const added = timestamp(addedMs, offset).iso;
    const updated = timestamp(updatedMs, offset).iso;

    const countryName = country.en;
    const record: Record<string, unknown> = {
      id: `${date.start}-${topic.slug}-${slugify(countryName)}-${pad(i + 1, 5)}`,
      status,
      date,
      headline: topic.headline(countryName, n),
      summary: `${topic.summary(countryName, n)}${rng.chance(0.3) ? ` ${rng.pick(FILLER.en)}` : ""}`,
    };
    if (rng.chance(0.1)) {
      record.translations = {
        "zh-Hans": { headline: topic.sentence["zh-Hans"]({ when: datePhrase("zh-Hans", date), country: country["zh-Hans"], n }) },
      };
    }
    record.citations = citations; // offsets filled in when the documents are laid out
    record.countries = countries;
    if (rng.chance(0.5)) record.places = [country.capital];
    record.tags = tags;
    record.added = added;
    record.updated = updated;
    if (corrections.length) record.corrections = corrections;
    return { record, date, citations };
  });

  // Documents: a dateline, then each quoted sentence with filler around it.
  mkdirSync(join(dir, "documents"), { recursive: true });
  mkdirSync(join(dir, "events"), { recursive: true });
  const sourceRecords = sources.map((source, i) => {
    const { lang, publisher } = source;
    const cited = events.filter((e) => e.citations.some((c) => c.sourceIndex === i));
    // Published just after the latest event it reports to the day (or, failing that, any event).
    const dayDated = cited.filter((e) => e.date.precision === "day");
    const latest = (dayDated.length ? dayDated : cited).reduce((max, e) => (lastDay(e.date) > max ? lastDay(e.date) : max), `${FIRST_YEAR}-01-01`);
    const publishedDay = isoDay(dayMs(latest) + rng.int(0, 3) * DAY);
    const [y, m, d] = publishedDay.split("-").map(Number) as [number, number, number];
    const basis = rng.chance(0.1) ? "unknown" : ({ en: "page-date", "zh-Hans": "dateline", ar: "text", th: "dateline" } as const)[lang];
    let header: string;
    let published: Record<string, unknown>;
    switch (basis) {
      case "page-date":
        header = `Updated: ${publishedDay}`;
        published = { date: publishedDay, basis, evidence: header };
        break;
      case "dateline": {
        header =
          lang === "zh-Hans"
            ? `（${publisher.name}${publisher.city}${m}月${d}日电）`
            : `${publisher.city} ${d} ${MONTHS.th[m - 1]} (${publisher.name}) --`;
        published = { date: publishedDay, basis, evidence: header, note: "The dateline gives day and month; the year is implied by the events reported." };
        break;
      }
      case "text":
        header = `${publisher.city} - ${publisher.name} - ${MONTHS.ar[m - 1]} ${y}`;
        published = { date: publishedDay.slice(0, 7), basis, evidence: header };
        break;
      case "unknown":
        header = { en: "[No date]", "zh-Hans": "（无日期）", ar: "[بدون تاريخ]", th: "[ไม่ระบุวันที่]" }[lang];
        published = { basis, note: "No dateline or page date in the text." };
        break;
    }

    const sep = SENTENCE_SEPARATOR[lang];
    const parts: string[] = [header, "\n\n"];
    let length = [...header].length + 2;
    const push = (text: string) => {
      parts.push(text);
      length += [...text].length;
    };
    source.citations.forEach((citation, k) => {
      if (k > 0) push(k % 4 === 0 ? "\n\n" : sep);
      for (let f = rng.int(0, 2); f > 0; f--) push(rng.pick(FILLER[lang]) + sep);
      citation.start = length;
      push(citation.quote);
      citation.end = length;
    });
    push(`\n${rng.pick(FILLER[lang])}\n`);
    const file = `${pad(i, 3)}_${rng.hex(16)}.txt`;
    writeFileSync(join(dir, "documents", file), parts.join(""));

    const id = `${lang === "zh-Hans" ? "zh" : lang}-${publisher.slug}-${publishedDay}-${pad(i + 1, 4)}`;
    const record: Record<string, unknown> = {
      id,
      file,
      title:
        lang === "zh-Hans"
          ? `中国与各国深化国际合作综述（第${i + 1}期）`
          : `[${publisher.name}: report on China's international cooperation, no. ${i + 1}]`,
      publisher: publisher.name,
      lang,
      published,
    };
    if (rng.chance(0.5)) record.url = `https://news.example.org/${publisher.slug}/${publishedDay.replaceAll("-", "/")}/${rng.hex(8)}.html`;
    return record;
  });

  // Citations reference sources by id; now that ids and offsets are known, write events.
  const records: Record<string, unknown>[] = events.map(({ record, citations }) => ({
    ...record,
    citations: citations.map((c) => ({
      source: sourceRecords[c.sourceIndex]!.id,
      quote: c.quote,
      lang: c.lang,
      start: c.start,
      end: c.end,
      ...(c.translation ? { translation: c.translation } : {}),
    })),
  }));

  const site = JSON.parse(readFileSync(join(ROOT, "_data/site.json"), "utf8")) as Record<string, unknown>;
  delete site.$schema;
  site.title = `Datelines benchmark: ${eventCount.toLocaleString("en-US")} synthetic events`;
  writeFileSync(join(dir, "site.json"), `${JSON.stringify(site, null, 2)}\n`);
  writeFileSync(join(dir, "sources.json"), `${JSON.stringify({ sources: sourceRecords }, null, 2)}\n`);
  let eventFiles = 0;
  for (let i = 0; i < records.length; i += EVENTS_PER_FILE) {
    eventFiles++;
    const file = join(dir, "events", `events-${pad(eventFiles, 3)}.json`);
    writeFileSync(file, `${JSON.stringify({ events: records.slice(i, i + EVENTS_PER_FILE) }, null, 2)}\n`);
  }

  return {
    dir,
    events: records.length,
    published: records.filter((r) => r.status === "published").length,
    sources: sourceRecords.length,
    citations: events.reduce((sum, e) => sum + e.citations.length, 0),
    eventFiles,
  };
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count || !/^\d+$/.test(count)) {
    console.error("Usage: node --import tsx tests/bench/synthetic.ts <dir> <eventCount>");
    process.exitCode = 1;
  } else {
    const result = generateDataset(dir, Number(count));
    console.log(
      `Wrote ${result.events} events (${result.published} published) in ${result.eventFiles} files, ` +
        `${result.citations} citations of ${result.sources} sources, to ${result.dir}`,
    );
  }
}
