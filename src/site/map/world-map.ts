/**
 * The world map, rendered once at build time as inline SVG: countries with events
 * are shaded by count and link to their page. No tiles, no client-side library.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { countryShapes } from "./shapes.ts";

export interface MapCountry {
  key: string;
  name: string;
  url: string;
  count: number;
}

const WIDTH = 960;
const HEIGHT = 470;
const SHADES = ["#f3d9c9", "#e4a98a", "#cc7a55", "#a8502f", "#7a2e17"];

/** `countLabel` words a number of events in the page's language ("3 events", "3个事件"). */
export function worldMapSvg(counts: readonly MapCountry[], label: string, countLabel: (n: number) => string): string {
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = geoPath(projection).digits(0);
  const byCode = new Map(counts.map((c) => [c.key, c]));
  const max = Math.max(1, ...counts.map((c) => c.count));
  const shapes = countryShapes().map((shape) => {
    const d = path(shape) ?? "";
    const country = shape.code ? byCode.get(shape.code) : undefined;
    if (!country) return `<path class="land" d="${d}"/>`;
    const shade = SHADES[Math.min(SHADES.length - 1, Math.floor((Math.log(country.count) / Math.log(max + 1)) * SHADES.length))];
    const text = escapeXml(`${country.name}: ${countLabel(country.count)}`);
    return `<a href="${country.url}" aria-label="${text}"><path class="shaded" fill="${shade}" d="${d}"><title>${text}</title></path></a>`;
  });
  return (
    `<svg class="world-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="${escapeXml(label)}">` +
    `<path class="sphere" d="${path({ type: "Sphere" })}"/>${shapes.join("")}</svg>`
  );
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
