/** Country outlines from world-atlas (Natural Earth 1:110m), keyed by ISO 3166-1 alpha-2. */
import countries from "i18n-iso-countries";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type CountryShape = Feature<Geometry, { name: string }> & { code?: string };

let cached: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  cached = collection.features.map((f) => ({ ...f, code: f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id)) }));
  return cached;
}
