import { intlLocale } from "./intl.ts";

/** Writing direction of a language tag, from the platform's CLDR data. */
export function textDirection(lang: string): "ltr" | "rtl" {
  let direction = directions.get(lang);
  if (!direction) {
    const locale = intlLocale(lang) as Intl.Locale & { textInfo?: { direction?: string } };
    directions.set(lang, (direction = locale.textInfo?.direction === "rtl" ? "rtl" : "ltr"));
  }
  return direction;
}

const directions = new Map<string, "ltr" | "rtl">();
