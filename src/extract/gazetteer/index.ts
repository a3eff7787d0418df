/**
 * Countries mentioned in a text, in every language pack's language (src/languages/<tag>/gazetteer.json):
 * CLDR names, aliases and demonyms, capitals and major cities.
 */
import { languagePacks } from "../../languages/packs.ts";
import { cityNames } from "./city-names.ts";
import { countryNames } from "./country-names.ts";
import { Matcher } from "./matcher.ts";
import type { CountryMention } from "./types.ts";

export type { CountryMention, GazetteerName, NameKind } from "./types.ts";
export { gazetteerLocales } from "./country-names.ts";

let matcher: Matcher | undefined;

function gazetteer(): Matcher {
  const packs = languagePacks().map((p) => p.gazetteer);
  matcher ??= new Matcher([...countryNames(), ...cityNames()], {
    exclude: packs.flatMap((g) => g.exclude ?? []),
    notAfter: packs.flatMap((g) => g.notAfter ?? []),
    compounds: packs.flatMap((g) => (g.compounds ? [g.compounds] : [])),
    scripts: packs.flatMap((g) => (g.script ? [g.script] : [])),
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
