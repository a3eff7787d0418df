/**
 * Draws the sample timeline's media, so that every picture on it is made here and can be
 * credited honestly: a chart of figures the seed documents state, and two locator maps from
 * Natural Earth outlines (world-atlas). Each is written as SVG and rendered to PNG with resvg
 * into _data/media/. Run after changing a drawing: node --import tsx tests/support/sample-media.ts
 */
import { Resvg } from "@resvg/resvg-js";
import { geoEquirectangular, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ROOT } from "./fixture.ts";

const FONT = `font-family="Noto Sans, DejaVu Sans, sans-serif"`;
const INK = "#1b1b1b";
const MUTED = "#595959";
const ACCENT = "#8a1c1c";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const text = (x: number, y: number, s: string, attrs = "") => `<text x="${x}" y="${y}" ${FONT} ${attrs}>${esc(s)}</text>`;

/**
 * Countries and organizations China reported aiding: 89 + 4 on 26 March (State Council
 * Information Office briefing, Arabic-language report; the same figures in People's Daily of
 * 29 March), and "more than 140" in Ma Xiaowei's Qiushi article (figures as of mid-April).
 */
export function aidChartSvg(): string {
  const [W, H, left, right] = [1200, 675, 330, 1080];
  const scale = (n: number) => ((right - left) * n) / 150;
  const axis = [0, 25, 50, 75, 100, 125, 150]
    .map((n) => `<line x1="${left + scale(n)}" y1="170" x2="${left + scale(n)}" y2="470" stroke="#d0d0d0"/>${text(left + scale(n), 500, String(n), `font-size="22" fill="${MUTED}" text-anchor="middle"`)}`)
    .join("");
  const hatch = `<pattern id="more" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="14" height="14" fill="#e8c9c9"/><line x1="0" y1="0" x2="0" y2="14" stroke="${ACCENT}" stroke-width="6"/></pattern>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${hatch}</defs>
<rect width="${W}" height="${H}" fill="#fffdf8"/>
${text(60, 70, "Countries and international organizations China said it had aided", `font-size="34" font-weight="700" fill="${INK}"`)}
${text(60, 115, "against COVID-19, as stated by Chinese officials in March and April 2020", `font-size="26" fill="${MUTED}"`)}
${axis}
${text(60, 245, "26 March 2020", `font-size="26" font-weight="700" fill="${INK}"`)}
${text(60, 280, "press conference", `font-size="22" fill="${MUTED}"`)}
<rect x="${left}" y="205" width="${scale(89)}" height="80" fill="${ACCENT}"/>
<rect x="${left + scale(89)}" y="205" width="${scale(4)}" height="80" fill="#c98a8a"/>
${text(left + scale(93) + 16, 240, "89 countries", `font-size="24" fill="${INK}"`)}
${text(left + scale(93) + 16, 272, "+ 4 organizations", `font-size="24" fill="${INK}"`)}
${text(60, 375, "Mid-April 2020", `font-size="26" font-weight="700" fill="${INK}"`)}
${text(60, 410, "Qiushi article", `font-size="22" fill="${MUTED}"`)}
<rect x="${left}" y="335" width="${scale(140)}" height="80" fill="${ACCENT}"/>
<rect x="${left + scale(140)}" y="335" width="${scale(8)}" height="80" fill="url(#more)"/>
${text(left + 16, 386, "more than 140 countries and organizations", `font-size="24" font-weight="700" fill="#fff"`)}
${text(60, 575, "Sources: State Council Information Office press conference of 26 March 2020, as reported in", `font-size="20" fill="${MUTED}"`)}
${text(60, 602, "Arabic (same figures in People's Daily, 29 March); Ma Xiaowei, Qiushi (English edition).", `font-size="20" fill="${MUTED}"`)}
${text(60, 629, "The hatched end marks \"more than\": the article gives no exact total. Chart: Datelines.", `font-size="20" fill="${MUTED}"`)}
</svg>`;
}

type Shape = Feature<Geometry, { name: string }>;

function shapes(): Shape[] {
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(path, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

export interface LocatorMap {
  /** Natural Earth name of the country to highlight. */
  country: string;
  city: { name: string; lon: number; lat: number };
  /** [west, south, east, north] in degrees. */
  box: [number, number, number, number];
  /** Neighbours to name, at [lon, lat]. */
  labels: [string, number, number][];
  title: string;
}

/** A regional map with one country highlighted and its capital marked. */
export function locatorMapSvg(map: LocatorMap, all = shapes()): string {
  const [W, H] = [1200, 800];
  const [west, south, east, north] = map.box;
  const frame: Shape = { type: "Feature", properties: { name: "" }, geometry: { type: "Polygon", coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] } };
  const projection = geoEquirectangular().fitExtent([[0, 60], [W, H]], frame);
  const path = geoPath(projection).digits(1);
  const land = all.map((s) => `<path d="${path(s)}" fill="${s.properties.name === map.country ? ACCENT : "#dedad2"}" stroke="#fff" stroke-width="1.5"/>`).join("");
  const [cx, cy] = projection([map.city.lon, map.city.lat])!;
  const labels = map.labels
    .map(([name, lon, lat]) => {
      const [x, y] = projection([lon, lat])!;
      const own = name.toLowerCase() === map.country.toLowerCase();
      return text(x, y, name, `font-size="26" fill="${own ? "#fff" : MUTED}" text-anchor="middle"${own ? ` font-weight="700"` : ""}`);
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#eef3f6"/>
<clipPath id="frame"><rect y="60" width="${W}" height="${H - 60}"/></clipPath>
<g clip-path="url(#frame)">${land}</g>
${labels}
<circle cx="${cx}" cy="${cy}" r="11" fill="#fff" stroke="${INK}" stroke-width="5"/>
${text(cx + 20, cy + 10, map.city.name, `font-size="32" font-weight="700" fill="${INK}" stroke="#fff" stroke-width="6" paint-order="stroke"`)}
<rect width="${W}" height="60" fill="#fffdf8"/>
${text(24, 42, map.title, `font-size="28" font-weight="700" fill="${INK}"`)}
${text(W - 24, H - 18, "Boundaries: Natural Earth. Map: Datelines.", `font-size="20" fill="${MUTED}" text-anchor="end" stroke="#eef3f6" stroke-width="5" paint-order="stroke"`)}
</svg>`;
}

export const SAMPLE_MAPS: Record<string, LocatorMap> = {
  "vientiane-laos-locator.png": {
    country: "Laos",
    city: { name: "Vientiane", lon: 102.633, lat: 17.975 },
    box: [95, 8, 112, 26],
    labels: [["LAOS", 104.2, 19.6], ["THAILAND", 100.4, 15.2], ["VIET NAM", 107.2, 13.6], ["CAMBODIA", 104.8, 12.6], ["MYANMAR", 96.4, 21.6], ["CHINA", 103, 24.6]],
    title: "Vientiane, capital of Laos",
  },
  "tehran-iran-locator.png": {
    country: "Iran",
    city: { name: "Tehran", lon: 51.389, lat: 35.689 },
    box: [40, 22, 66, 42],
    labels: [["IRAN", 55.2, 32.2], ["IRAQ", 43.4, 33.2], ["TURKMENISTAN", 59.6, 39.6], ["AFGHANISTAN", 64.2, 34.2], ["SAUDI ARABIA", 45.2, 25.2], ["TÜRKIYE", 42, 39.4]],
    title: "Tehran, capital of Iran",
  },
};

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans" }, fitTo: { mode: "original" } }).render().asPng();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(ROOT, "_data/media");
  mkdirSync(dir, { recursive: true });
  const all = shapes();
  const files: [string, string][] = [["china-aid-recipients-2020.png", aidChartSvg()], ...Object.entries(SAMPLE_MAPS).map(([file, map]): [string, string] => [file, locatorMapSvg(map, all)])];
  for (const [file, svg] of files) {
    const png = renderPng(svg);
    writeFileSync(join(dir, file), png);
    console.log(`${file}: ${(png.length / 1024).toFixed(1)} KB`);
  }
}
