/**
 * Country names in every language pack's language: CLDR's names from Intl.DisplayNames for
 * every ISO 3166-1 alpha-2 code, the names i18n-iso-countries lists, and each pack's short
 * forms, demonyms and derived forms (gazetteer.json: 波黑, เกาหลีใต้, "Serbian", الصينية).
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { codePointLength } from "../../core/code-points.ts";
import { languagePacks, type DerivedNames } from "../../languages/packs.ts";
import type { GazetteerName } from "./types.ts";

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** The CLDR locales whose names are matched, in every document whatever its language: each pack's. */
export function gazetteerLocales(): string[] {
  return languagePacks().flatMap((pack) => pack.gazetteer.locales ?? [pack.tag]);
}

export function countryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}

export function countryNames(): GazetteerName[] {
  const out: GazetteerName[] = [];
  const codes = countryCodes();
  const locales = gazetteerLocales();
  for (const locale of locales) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name) for (const variant of variants(name)) out.push({ name: variant, code, kind: "country" });
    }
  }
  for (const lang of isoCountriesLanguages(locales)) {
    const all = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
    for (const [code, names] of Object.entries(all)) {
      for (const name of names) for (const variant of variants(name)) out.push({ name: variant, code, kind: "country" });
    }
  }
  const packs = languagePacks();
  for (const { gazetteer } of packs) {
    for (const [code, names] of Object.entries(gazetteer.names ?? {})) {
      for (const name of names) for (const variant of variants(name)) out.push({ name: variant, code, kind: "alias" });
    }
  }
  for (const { gazetteer } of packs) {
    for (const [char, code] of Object.entries(gazetteer.compounds?.abbreviations ?? {})) out.push({ name: `${char}方`, code, kind: "alias" });
  }
  const rules = packs.flatMap((pack) => pack.gazetteer.derived ?? []);
  out.push(...rules.flatMap((rule) => derivedNames(out, rule)));
  return out;
}

/** The languages of the locales that i18n-iso-countries has names for, each once ("zh", "zh-Hant" → zh). */
function isoCountriesLanguages(locales: string[]): string[] {
  const langs = [...new Set(locales.map((l) => new Intl.Locale(l).language))];
  return langs.filter((lang) => {
    if (registered.has(lang)) return true;
    try {
      countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    } catch (error) {
      if ((error as { code?: string }).code === "MODULE_NOT_FOUND") return false; // CLDR's names only
      throw error;
    }
    registered.add(lang);
    return true;
  });
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
 * Names a pack derives by rule from country names and aliases (not cities): the stem is what is
 * left after each `strip` pattern is removed once; each form puts the stem in place of `{}`.
 * Arabic nisba: الصين → الصيني/الصينية, مصر → مصري/المصرية, فرنسا → فرنسي/الفرنسية.
 */
function derivedNames(names: GazetteerName[], rule: DerivedNames): GazetteerName[] {
  const applies = new RegExp(rule.names, "u");
  const strip = rule.strip.map((s) => new RegExp(s, "u"));
  const out: GazetteerName[] = [];
  for (const { name, code, kind } of names) {
    if (kind === "city" || !applies.test(name)) continue;
    const stem = strip.reduce((s, pattern) => s.replace(pattern, ""), name);
    if (codePointLength(stem) < (rule.minStem ?? 1)) continue;
    for (const form of rule.forms) out.push({ name: form.replace("{}", stem), code, kind: "alias" });
  }
  return out;
}
