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
  const packs = languagePacks();
  const spellings = packs.flatMap((p) => p.gazetteer.spellings ?? []).map(([pattern, replacement]) => [new RegExp(pattern, "u"), replacement] as const);
  const add = (name: string, code: string, kind: "country" | "alias") => {
    for (const [variant, inParentheses] of variants(name, spellings)) out.push({ name: variant, code, kind: inParentheses ? "alias" : kind });
  };
  for (const locale of locales) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name) add(name, code, "country");
    }
  }
  for (const lang of isoCountriesLanguages(locales)) {
    const all = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
    for (const [code, names] of Object.entries(all)) for (const name of names) add(name, code, "country");
  }
  for (const { gazetteer } of packs) {
    for (const [code, names] of Object.entries(gazetteer.names ?? {})) for (const name of names) add(name, code, "alias");
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

/**
 * Spelling variants of one name, each with whether it came from parentheses: "Myanmar (Burma)" →
 * both (the second only an alias, so "RAE de Hong Kong (China)" never makes China Hong Kong's name),
 * ’ → ', and the packs' spellings (gazetteer.json: "Bosnia & Herzegovina" → "… and …", "St." → "Saint").
 */
export function variants(name: string, spellings: readonly (readonly [RegExp, string])[] = []): [string, boolean][] {
  const out = new Map<string, boolean>();
  const add = (s: string, inParentheses: boolean) => {
    const t = s.trim();
    if (t && !out.has(t)) out.set(t, inParentheses);
  };
  const paren = /^(.*?)\s*[(（]([^)）]+)[)）]$/u.exec(name);
  const bases: [string, boolean][] = paren && /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(name) ? [[paren[1]!, false], [paren[2]!, true]] : [[name, false]];
  for (const [base, inParentheses] of bases) {
    add(base, inParentheses);
    if (base.includes("’")) add(base.replace(/’/g, "'"), inParentheses);
    for (const [pattern, replacement] of spellings) if (pattern.test(base)) add(base.replace(pattern, replacement), inParentheses);
  }
  return [...out];
}

/**
 * Names a pack derives by rule from country names and aliases (and cities, if the rule says so):
 * the stem is what is left after each `strip` pattern is removed once; each form puts the stem in
 * place of `{}`. Arabic nisba: الصين → الصيني/الصينية, فرنسا → الفرنسية; Russian cases: Китай → Китая,
 * Китае; Spanish and French demonyms: chino → china, chinos; chinois → chinoise, Chinois.
 */
export function derivedNames(names: GazetteerName[], rule: DerivedNames): GazetteerName[] {
  const applies = new RegExp(rule.names, "u");
  const strip = rule.strip.map((s) => new RegExp(s, "u"));
  const out: GazetteerName[] = [];
  for (const { name, code, kind, place } of names) {
    if ((kind === "city" && !rule.cities) || !applies.test(name)) continue;
    const stem = strip.reduce((s, pattern) => s.replace(pattern, ""), name);
    if (codePointLength(stem) < (rule.minStem ?? 1)) continue;
    for (const form of rule.forms) {
      const derived = form.replace("{}", stem);
      for (const spelling of rule.capitalize ? [derived, derived[0]!.toLocaleUpperCase() + derived.slice(1)] : [derived]) {
        out.push(kind === "city" ? { name: spelling, code, kind, place: place! } : { name: spelling, code, kind: "alias" });
      }
    }
  }
  return out;
}
