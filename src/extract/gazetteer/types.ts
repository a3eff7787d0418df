/** What the gazetteer knows and finds. */

/** country: CLDR's name of the country; alias: short form or demonym; city: a capital or major city. */
export type NameKind = "country" | "alias" | "city";

export interface GazetteerName {
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  kind: NameKind;
  /** For a city: its English name, as editors write it in an event's `places`. */
  place?: string;
}

/** A country found in a text, directly or through one of its cities. */
export interface CountryMention {
  code: string;
  /** The text matched (without an Arabic conjunction or preposition before it). */
  text: string;
  /** Offset in Unicode code points. */
  index: number;
  kind: NameKind;
  place?: string;
}
