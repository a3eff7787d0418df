/**
 * The document's language as a canonical BCP 47 tag: what the file declares (<html lang>,
 * og:locale, front matter), else detected from the text: the script first (Han, kana, Hangul,
 * Thai…; Chinese as zh-Hans or zh-Hant by characters only one of them uses), then franc's
 * trigram detector among the languages of that script.
 */
import { franc } from "franc-min";
import type { LangBasis } from "./types.ts";

export interface LangResult {
  lang?: string;
  basis: LangBasis;
  evidence?: string;
}

/** A declared tag in the data's form: zh with its script (zh-CN → zh-Hans), others without region (en-GB → en). */
export function canonicalLang(value: string | null | undefined): string | undefined {
  const raw = value?.trim().replace(/_/g, "-");
  if (!raw) return undefined;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(Intl.getCanonicalLocales(raw)[0]!);
  } catch {
    return undefined;
  }
  if (locale.language === "und") return undefined;
  if (locale.language === "zh") {
    const script = locale.script ?? (/^(?:TW|HK|MO)$/.test(locale.region ?? "") ? "Hant" : locale.region ? "Hans" : undefined);
    return script ? `zh-${script}` : "zh";
  }
  return locale.script ? `${locale.language}-${locale.script}` : locale.language;
}

// Frequent characters written differently in simplified and traditional Chinese, pair by pair.
const SIMPLIFIED = "们这个国为说时会来对发经过与后门问间关东动头开长见实现应产务业学进机电报记华体医疗组织区协议际还让认论设证识话该请读车军转边达远运选钱铁阳陆队难风飞马鱼鸟龙总无书亲农县员团图场处岁师带广张战护数术条标样桥气汉湾热爱画监种线级纪约网联脑艺节药营计访语调谈负责资费质输万专义乐习乡买卖争亚仅从价众优传伤";
const TRADITIONAL = "們這個國為說時會來對發經過與後門問間關東動頭開長見實現應產務業學進機電報記華體醫療組織區協議際還讓認論設證識話該請讀車軍轉邊達遠運選錢鐵陽陸隊難風飛馬魚鳥龍總無書親農縣員團圖場處歲師帶廣張戰護數術條標樣橋氣漢灣熱愛畫監種線級紀約網聯腦藝節藥營計訪語調談負責資費質輸萬專義樂習鄉買賣爭亞僅從價眾優傳傷";
const HANS = new Set(SIMPLIFIED);
const HANT = new Set(TRADITIONAL);

const SCRIPTS: [RegExp, string | null][] = [
  [/\p{Script=Han}/u, "zh"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Lao}/u, "lo"],
  [/\p{Script=Khmer}/u, "km"],
  [/\p{Script=Myanmar}/u, "my"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Georgian}/u, "ka"],
  [/\p{Script=Armenian}/u, "hy"],
  [/\p{Script=Arabic}/u, null],
  [/\p{Script=Cyrillic}/u, null],
  [/\p{Script=Devanagari}/u, null],
  [/\p{Script=Latin}/u, null],
];

/** Detects the language of a text, or undefined when there is too little to tell. */
export function detectLang(text: string): LangResult {
  const sample = text.slice(0, 8000);
  const counts = SCRIPTS.map(() => 0);
  let letters = 0;
  for (const c of sample) {
    if (!/\p{L}/u.test(c)) continue;
    letters++;
    const i = SCRIPTS.findIndex(([re]) => re.test(c));
    if (i >= 0) counts[i]!++;
  }
  if (letters < 10) return { basis: "none" };
  const kana = counts[1]!;
  let best = counts.indexOf(Math.max(...counts));
  if (best === 0 && kana > counts[0]! * 0.05) best = 1; // Japanese mixes kana into Han text
  const [, fixed] = SCRIPTS[best]!;
  const script = SCRIPTS[best]![0].source.match(/Script=(\w+)/)?.[1] ?? "";
  if (fixed === "zh") return { lang: chineseScript(sample), basis: "detected", evidence: "script Han" };
  if (fixed) return { lang: fixed, basis: "detected", evidence: `script ${script}` };
  const code = franc(sample, { minLength: 20 });
  const lang = code === "und" ? (script === "Arabic" ? "ar" : undefined) : fromIso6393(code);
  return lang ? { lang, basis: "detected", evidence: code === "und" ? `script ${script}` : `franc: ${code}` } : { basis: "none" };
}

/** zh-Hans or zh-Hant by the characters only one of them uses; plain zh when the text does not tell. */
function chineseScript(text: string): string {
  let hans = 0;
  let hant = 0;
  for (const c of text) {
    if (HANS.has(c)) hans++;
    else if (HANT.has(c)) hant++;
  }
  if (hans === hant) return "zh";
  return hans > hant ? "zh-Hans" : "zh-Hant";
}

function fromIso6393(code: string): string | undefined {
  if (code === "cmn") return "zh";
  if (code === "zlm") return "ms";
  if (code === "arb") return "ar";
  return canonicalLang(code);
}

/** The declared language if any value is a valid tag, else the one detected from the text. */
export function resolveLang(declared: (string | null | undefined)[], text: string): LangResult {
  for (const value of declared) {
    const lang = canonicalLang(value);
    if (!lang) continue;
    // A page that declares only "zh" says which script by its characters.
    if (lang === "zh") return { lang: chineseScript(text.slice(0, 8000)), basis: "declared", evidence: `declared ${value}` };
    return { lang, basis: "declared", evidence: `declared ${value}` };
  }
  return detectLang(text);
}
