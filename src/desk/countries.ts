/** Country codes and English names for the desk's country fields (CLDR names, from Intl). */
import countries from "i18n-iso-countries";

const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** Every ISO 3166-1 alpha-2 code with its English name, by name. */
export const COUNTRIES: readonly { code: string; name: string }[] = Object.keys(countries.getAlpha2Codes())
  .map((code) => ({ code, name: names.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const byName = new Map(COUNTRIES.flatMap((c) => [[c.name.toLowerCase(), c.code], [c.code.toLowerCase(), c.code]]));

/** "LA", "la", "Laos" or "Laos (LA)" → "LA"; undefined when it names no country. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  const inParens = /\(([A-Za-z]{2})\)\s*$/.exec(trimmed)?.[1];
  return byName.get((inParens ?? trimmed).toLowerCase());
}

export function countryName(code: string): string {
  return names.of(code) ?? code;
}
