/**
 * The site chrome in each UI language: the strings of its language pack
 * (src/languages/<tag>/ui.json; en's is the reference and a parity test keeps the others
 * complete), plural forms chosen with Intl.PluralRules, and `{name}` placeholders.
 */
import { pluralRules } from "../../core/intl.ts";
import en from "../../languages/en/ui.json" with { type: "json" };
import { packFor } from "../../languages/packs.ts";

export type UiStrings = typeof en;

/** The interface strings of a UI language; a language without a pack is an error naming the packs there are. */
export function uiStrings(lang: string): UiStrings {
  return packFor(lang, "interface strings").ui as UiStrings;
}

/** Replaces `{name}` placeholders; a full stop after a value that ends in one is not doubled ("2026 г.."). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (m, key: string, dot: string) => (key in values ? String(values[key]) + (dot && stop(String(values[key]))) : m));
}

/** The full stop that ends a sentence after `text`: none when it ends in an abbreviation's (Russian dates: "23 ноября 2026 г."). */
export function stop(text: string): string {
  return text.endsWith(".") ? "" : ".";
}

/** A count in words: `forms` has Intl.PluralRules categories ("one", "other", …). */
export function plural(forms: Record<string, string>, n: number, lang: string, values: Record<string, string | number> = {}): string {
  const category = pluralRules(lang).select(n);
  return fill(forms[category] ?? forms.other!, { n, ...values });
}
