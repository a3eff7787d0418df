/**
 * Country names in the gazetteer's languages: CLDR's names from Intl.DisplayNames for
 * every ISO 3166-1 alpha-2 code, the names i18n-iso-countries lists, and the short
 * forms and demonyms in aliases.json (波黑, 特多, เกาหลีใต้, "Serbian").
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { codePointLength } from "../../core/code-points.ts";
import aliases from "./aliases.json" with { type: "json" };
import type { GazetteerName } from "./types.ts";

/** The languages whose names are matched, in every document whatever its language. */
export const GAZETTEER_LOCALES = ["en", "zh-Hans", "zh-Hant", "ar", "th"] as const;
const ISO_COUNTRIES_LANGS = ["en", "zh", "ar", "th"] as const;

const require = createRequire(import.meta.url);
let registered = false;

export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}

export function countryNames(): GazetteerName[] {
  if (!registered) {
    for (const lang of ISO_COUNTRIES_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    registered = true;
  }
  const out: GazetteerName[] = [];
  const codes = countryCodes();
  for (const locale of GAZETTEER_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name) for (const variant of variants(name)) out.push({ name: variant, code, kind: "country" });
    }
  }
  for (const lang of ISO_COUNTRIES_LANGS) {
    const all = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
    for (const [code, names] of Object.entries(all)) {
      for (const name of names) for (const variant of variants(name)) out.push({ name: variant, code, kind: "country" });
    }
  }
  for (const byCode of Object.values(aliases.names) as Record<string, string[]>[]) {
    for (const [code, names] of Object.entries(byCode)) {
      for (const name of names) for (const variant of variants(name)) out.push({ name: variant, code, kind: "alias" });
    }
  }
  for (const [char, code] of Object.entries(aliases.abbreviations.zh)) out.push({ name: `${char}方`, code, kind: "alias" });
  out.push(...arabicDemonyms(out));
  return out;
}

/** Spelling variants of one name: "Bosnia & Herzegovina" → "… and …", "Myanmar (Burma)" → both, ’ → '. */
export function variants(name: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const t = s.trim();
    if (t) out.add(t);
  };
  const paren = /^(.*?)\s*[(（]([^)）]+)[)）]$/u.exec(name);
  const bases = paren && /\p{Script=Latin}/u.test(name) ? [paren[1]!, paren[2]!] : [name];
  for (const base of bases) {
    add(base);
    if (base.includes("&")) add(base.replace(/&/g, "and"));
    if (base.includes("’")) add(base.replace(/’/g, "'"));
    if (/^St\. /.test(base)) add(base.replace(/^St\. /, "Saint "));
    if (/ SAR China$/.test(base)) add(base.replace(/ SAR China$/, ""));
  }
  return [...out];
}

/**
 * Arabic relational adjectives (nisba) of one-word country names: الصين → الصيني/الصينية,
 * مصر → مصري/المصرية, فرنسا → فرنسي/الفرنسية (a final alef or ta marbuta is dropped).
 */
function arabicDemonyms(names: GazetteerName[]): GazetteerName[] {
  const out: GazetteerName[] = [];
  for (const { name, code, kind } of names) {
    if (kind === "city" || !/^[\u0621-\u064A]+$/u.test(name)) continue;
    const bare = name.startsWith("ال") ? name.slice(2) : name;
    const stem = /[اةه]$/u.test(bare) ? bare.slice(0, -1) : bare;
    if (codePointLength(stem) < 3) continue;
    for (const ending of ["ي", "ية", "يون", "يين"]) {
      out.push({ name: stem + ending, code, kind: "alias" }, { name: `ال${stem}${ending}`, code, kind: "alias" });
    }
  }
  return out;
}
