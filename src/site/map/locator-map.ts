/** A small globe centred on one country, which is highlighted: the country page's locator map. */
import { geoCentroid, geoOrthographic, geoPath } from "d3-geo";
import { countryShapes } from "./shapes.ts";
import { escapeXml } from "./world-map.ts";

const SIZE = 220;
const drawn = new Map<string, string | undefined>();

/** Undefined when the 1:110m outlines do not include the country (e.g. Hong Kong). */
export function locatorMapSvg(code: string, label: string): string | undefined {
  if (!drawn.has(code)) drawn.set(code, draw(code));
  const paths = drawn.get(code);
  return paths && `<svg class="locator-map" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(label)}">${paths}</svg>`;
}

/** The globe's paths for one country, drawn once per build and shared by every language. */
function draw(code: string): string | undefined {
  const target = countryShapes().find((s) => s.code === code);
  if (!target) return undefined;
  const [lon, lat] = geoCentroid(target);
  const projection = geoOrthographic().rotate([-lon, -lat]).fitExtent([[4, 4], [SIZE - 4, SIZE - 4]], { type: "Sphere" });
  const path = geoPath(projection).digits(0);
  const land = countryShapes()
    .filter((s) => s !== target)
    .map((s) => path(s))
    .filter(Boolean)
    .map((d) => `<path class="land" d="${d}"/>`)
    .join("");
  return `<path class="sphere" d="${path({ type: "Sphere" })}"/>${land}<path class="highlight" d="${path(target)}"/>`;
}
