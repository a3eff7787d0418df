/**
 * Where each thing lives on the site: the one map from a record to its path.
 * `prefix` is a language's path prefix ("" for the main language, "/zh" …).
 * The views in timeline.ts, facets.ts and archives.ts and the template filters
 * (`countryUrl`, `tagUrl`) all ask here.
 */
export const routes = {
  home: (prefix: string) => `${prefix}/`,
  event: (prefix: string, id: string) => `${prefix}/events/${id}/`,
  source: (prefix: string, id: string) => `${prefix}/sources/${id}/`,
  country: (prefix: string, code: string) => `${prefix}/countries/${code.toLowerCase()}/`,
  tag: (prefix: string, tag: string) => `${prefix}/tags/${tag}/`,
  year: (prefix: string, year: string) => `${prefix}/${year}/`,
  /** "2020-03" → /2020/03/; a year alone → /2020/undated/ (events known only to the year). */
  period: (prefix: string, key: string) => (key.length === 4 ? `${prefix}/${key}/undated/` : `${prefix}/${key.replace("-", "/")}/`),
  print: (prefix: string, year?: string) => (year ? `${prefix}/print/${year}/` : `${prefix}/print/`),
  /** The data exports, per language (/events.json is the main language's only). */
  timelineJs: (prefix: string) => `${prefix}/timelinejs.json`,
  sheetCsv: (prefix: string) => `${prefix}/events.csv`,
  eventsJson: () => "/events.json",
} as const;
