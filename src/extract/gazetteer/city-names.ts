/**
 * Capitals and major cities from CLDR: the exemplar city of every time zone (Asia/Vientiane
 * → Vientiane, 万象, เวียงจันทน์, فيينتيان) in each language pack's CLDR locales, from the
 * cldr-dates-full package, tied to its country by the platform's own CLDR data
 * (Intl.Locale("und-LA") lists Asia/Vientiane). A city's `place` is its English name, as editors
 * write it in an event's `places`. Capitals that are not a zone's exemplar city (Beijing,
 * Washington) are in the packs' gazetteer.json `cities`.
 */
import { createRequire } from "node:module";
import { languagePacks } from "../../languages/packs.ts";
import { countryCodes, derivedNames, gazetteerLocales } from "./country-names.ts";
import skipZones from "./skip-zones.json" with { type: "json" };
import type { GazetteerName } from "./types.ts";

const require = createRequire(import.meta.url);

interface ZoneNode {
  exemplarCity?: string;
  [key: string]: unknown;
}

export function cityNames(): GazetteerName[] {
  const english = zoneTree("en");
  const trees = gazetteerLocales().map(zoneTree);
  const skip = new Set(skipZones.skipZones);
  const out: GazetteerName[] = [];
  for (const code of countryCodes()) {
    for (const zone of zonesOf(code)) {
      const parts = zone.split("/");
      if (parts.length !== 2 || skip.has(zone) || ["Etc", "Antarctica"].includes(parts[0]!)) continue;
      const place = exemplar(english, parts) ?? parts[1]!.replace(/_/g, " ");
      out.push({ name: place, code, kind: "city", place });
      for (const zones of trees) {
        const name = exemplar(zones, parts);
        if (name && name !== place) out.push({ name, code, kind: "city", place });
      }
    }
  }
  const packs = languagePacks();
  for (const { gazetteer } of packs) {
    for (const [code, places] of Object.entries(gazetteer.cities ?? {})) {
      for (const [place, names] of Object.entries(places)) for (const name of names) out.push({ name, code, kind: "city", place });
    }
  }
  // the packs' rules that inflect city names too (Russian: Москва → Москве, Пекин → Пекине)
  const rules = packs.flatMap((p) => p.gazetteer.derived ?? []).filter((rule) => rule.cities);
  out.push(...rules.flatMap((rule) => derivedNames(out, rule)));
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
