/**
 * Countries mentioned in a text, in English, Chinese (simplified and traditional),
 * Arabic and Thai: CLDR names, aliases and demonyms, capitals and major cities.
 */
import aliases from "./aliases.json" with { type: "json" };
import { cityNames } from "./city-names.ts";
import { countryNames } from "./country-names.ts";
import { Matcher } from "./matcher.ts";
import type { CountryMention } from "./types.ts";

export type { CountryMention, GazetteerName, NameKind } from "./types.ts";
export { GAZETTEER_LOCALES } from "./country-names.ts";

let matcher: Matcher | undefined;

function gazetteer(): Matcher {
  matcher ??= new Matcher([...countryNames(), ...cityNames()], {
    exclude: Object.values(aliases.exclude).flat(),
    notAfter: Object.values(aliases.notAfter).flat(),
    compounds: { abbreviations: aliases.abbreviations.zh, followers: aliases.compoundFollowers.zh },
  });
  return matcher;
}

/** Every country name, alias, demonym or city in the text, in order (offsets in code points). */
export function findCountries(text: string): CountryMention[] {
  return gazetteer().find(text);
}

/** The countries a text mentions, each once, in order of first mention. */
export function countriesIn(text: string): string[] {
  return [...new Set(findCountries(text).map((m) => m.code))];
}
