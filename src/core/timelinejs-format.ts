/**
 * Facts about TimelineJS's formats that both directions need: `datelines import` reads them,
 * the site's /events.csv and /timelinejs.json write them.
 */

/** The columns of TimelineJS's Google Sheets template, in its order. */
export const TEMPLATE_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/**
 * The class of the element a Datelines export puts its "Sources: …" line in. The importer leaves
 * that element out, so export → import gives back the same summary.
 */
export const EXPORT_SOURCES_CLASS = "datelines-sources";
