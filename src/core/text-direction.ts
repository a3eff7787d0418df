import { intlLocale } from "./intl.ts";

/** Writing direction of a language tag, from the platform's CLDR data. */
export function textDirection(lang: string): "ltr" | "rtl" {
  const locale = intlLocale(lang) as Intl.Locale & { textInfo?: { direction?: string } };
  return locale.textInfo?.direction === "rtl" ? "rtl" : "ltr";
}
