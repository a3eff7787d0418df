/**
 * The site chrome in each UI language: one JSON file of strings per language
 * (en.json is the reference; a parity test keeps the others complete), plural
 * forms chosen with Intl.PluralRules, and `{name}` placeholders.
 */
import { readFileSync } from "node:fs";
import en from "./en.json" with { type: "json" };
import { pluralRules } from "../../core/intl.ts";

export type UiStrings = typeof en;

const cache = new Map<string, UiStrings>();

export function uiStrings(lang: string): UiStrings {
  let strings = cache.get(lang);
  if (!strings) {
    strings = JSON.parse(readFileSync(new URL(`./${lang}.json`, import.meta.url), "utf8")) as UiStrings;
    cache.set(lang, strings);
  }
  return strings;
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** A count in words: `forms` has Intl.PluralRules categories ("one", "other", …). */
export function plural(forms: Record<string, string>, n: number, lang: string, values: Record<string, string | number> = {}): string {
  const category = pluralRules(lang).select(n);
  return fill(forms[category] ?? forms.other!, { n, ...values });
}
