/** Nunjucks filters the templates use. Each is a thin call into a named module. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { DateTime } from "luxon";
import { numberNotes } from "../print/notes.ts";
import { exportData } from "./feeds/export-data.ts";
import { buildSearchIndex } from "./search/search-index.ts";
import { densityChartSvg } from "./charts/density.ts";
import type { Facet } from "./facets.ts";
import { locatorMapSvg } from "./map/locator-map.ts";
import { worldMapSvg } from "./map/world-map.ts";
import type { EventView, YearGroup } from "./timeline.ts";
import type { Timeline } from "./timeline.ts";

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export default function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("countryName", (code: string) => regionNames.of(code) ?? code);
  /** An instant shown as a calendar day in UTC: the same in every build. */
  eleventyConfig.addFilter("dayLabel", (iso: string) =>
    DateTime.fromISO(iso, { zone: "utc" }).setLocale("en-GB").toLocaleString(DateTime.DATE_FULL),
  );
  eleventyConfig.addFilter("toDate", (iso: string) => new Date(iso));
  eleventyConfig.addFilter("worldMap", (facets: Facet[], label: string) =>
    worldMapSvg(facets.map((f) => ({ key: f.key, name: f.name, url: f.url, count: f.events.length })), label),
  );
  eleventyConfig.addFilter("densityChart", (years: YearGroup[], label: string) =>
    densityChartSvg(years.flatMap((y) => y.periods), label),
  );
  eleventyConfig.addFilter("locatorMap", (facet: Facet) => locatorMapSvg(facet.key, facet.name) ?? "");
  eleventyConfig.addFilter("searchIndexJson", (timeline: Timeline) => JSON.stringify(buildSearchIndex(timeline)));
  eleventyConfig.addFilter("printNotes", (events: EventView[]) => numberNotes(events));
  eleventyConfig.addFilter("exportJson", (timeline: Timeline) => JSON.stringify(exportData(timeline), null, 2));
}
