/**
 * Capitals and major cities from CLDR: the exemplar city of every time zone (Asia/Vientiane
 * → Vientiane, 万象, เวียงจันทน์, فيينتيان) from the cldr-dates-full package, tied to its
 * country by the platform's own CLDR data (Intl.Locale("und-LA") lists Asia/Vientiane).
 * Capitals that are not a zone's exemplar city (Beijing, Washington) are in aliases.json.
 */
import { createRequire } from "node:module";
import aliases from "./aliases.json" with { type: "json" };
import { countryCodes } from "./country-names.ts";
import type { GazetteerName } from "./types.ts";

const require = createRequire(import.meta.url);
/** CLDR locales with exemplar cities, for the gazetteer's languages. */
const CLDR_LOCALES = ["en", "zh", "zh-Hant", "ar", "th"] as const;

interface ZoneNode {
  exemplarCity?: string;
  [key: string]: unknown;
}

export function cityNames(): GazetteerName[] {
  const trees = CLDR_LOCALES.map((locale) => ({ locale, zones: zoneTree(locale) }));
  const skip = new Set(aliases.skipZones);
  const out: GazetteerName[] = [];
  for (const code of countryCodes()) {
    for (const zone of zonesOf(code)) {
      const parts = zone.split("/");
      if (parts.length !== 2 || skip.has(zone) || ["Etc", "Antarctica"].includes(parts[0]!)) continue;
      const english = exemplar(trees[0]!.zones, parts) ?? parts[1]!.replace(/_/g, " ");
      for (const { locale, zones } of trees) {
        const name = locale === "en" ? english : exemplar(zones, parts);
        if (name) out.push({ name, code, kind: "city", place: english });
      }
    }
  }
  for (const place of aliases.places) {
    for (const name of place.names) out.push({ name, code: place.code, kind: "city", place: place.en });
  }
  return out;
}

/** The platform's time zones for a region (ICU/CLDR), e.g. LA → ["Asia/Vientiane"]. */
export function zonesOf(code: string): string[] {
  const locale = new Intl.Locale(`und-${code}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] | undefined };
  return (typeof locale.getTimeZones === "function" ? locale.getTimeZones() : locale.timeZones) ?? [];
}

function zoneTree(locale: string): Record<string, unknown> {
  const json = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`) as {
    main: Record<string, { dates: { timeZoneNames: { zone: Record<string, unknown> } } }>;
  };
  return Object.values(json.main)[0]!.dates.timeZoneNames.zone;
}

function exemplar(tree: Record<string, unknown>, parts: string[]): string | undefined {
  let node: unknown = tree;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as ZoneNode | undefined)?.exemplarCity;
}
