/**
 * A chronology of any slice for `datelines pdf`: a country, tag, group or source, a span of
 * dates, or both ("Italy, March–April 2020"), printed as one document with the same paper
 * design as /print/. The site's own slices have print views already (timeline.ts); this
 * makes the one a reader asked for, at routes.printSlice, and writes it as a site of one page.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { firstDay, lastDay, precisionOf } from "../core/partial-date.ts";
import { partialDateProblem } from "../schema/primitives.ts";
import { dateLabel, periodLabel, dayLabel } from "./date-label.ts";
import { fill } from "./i18n/index.ts";
import { dataFolder, imageSettings, loadValid, startSession } from "./build-session.ts";
import { printPage, siteTemplates, writePages } from "./item-pages.ts";
import { keepTogether } from "./keep-together.ts";
import { routes } from "./routes.ts";
import { TEMPLATES } from "./templates.ts";
import type { EventView, PrintPage, Timeline } from "./views.ts";

export interface PrintSlice {
  country?: string;
  tag?: string;
  group?: string;
  source?: string;
  /** Partial dates (2020, 2020-03, 2020-03-15): the events that overlap from…to, both included. */
  from?: string;
  to?: string;
}

/** What is wrong with a slice's dates, naming the option and the fix; undefined when they are fine. */
export function sliceDateProblem({ from, to }: PrintSlice): string | undefined {
  for (const [name, value] of [["--from", from], ["--to", to]] as const) {
    const problem = value === undefined ? undefined : partialDateProblem(value);
    if (problem) return `${name} ${value}: ${problem} (a year, month or day: 2020, 2020-03 or 2020-03-15).`;
  }
  if (from && to && firstDay(from) > lastDay(to)) return `--from ${from} is after --to ${to}: swap them.`;
  return undefined;
}

/** The print page of `slice` in `timeline`'s language; throws, naming the option and what exists, if a part of it is not in the timeline. */
export function slicePrintPage(timeline: Timeline, slice: PrintSlice): PrintPage {
  const { ui } = timeline;
  const names: string[] = [];
  let events: EventView[] = timeline.events;
  let page = routes.home(timeline.prefix);
  const facets = [
    ["country", "--country", timeline.countries, ui.subscribe.country],
    ["tag", "--tag", timeline.tags, ui.subscribe.tag],
    ["group", "--group", timeline.groups, ui.subscribe.group],
  ] as const;
  for (const [field, option, list, label] of facets) {
    const wanted = slice[field];
    if (wanted === undefined) continue;
    const facet = list.find((f) => f.key.toLowerCase() === wanted.toLowerCase());
    if (!facet) throw new Error(`${option} ${wanted}: no published event has it. Use one of: ${list.map((f) => f.key).join(", ")}.`);
    events = events.filter((e) => facet.events.includes(e));
    names.push(fill(label, { name: facet.name }));
    page = facet.url;
  }
  if (slice.source !== undefined) {
    const source = timeline.sources.find((s) => s.source.id === slice.source);
    if (!source) throw new Error(`--source ${slice.source}: no published event cites it. Use one of: ${timeline.sources.map((s) => s.source.id).join(", ")}.`);
    events = events.filter((e) => source.events.includes(e));
    names.push(fill(ui.subscribe.source, { name: source.source.title }));
    page = source.url;
  }
  if (slice.from || slice.to) {
    const [from, to] = [slice.from ? firstDay(slice.from) : "", slice.to ? lastDay(slice.to) : "9999-12-31"];
    events = events.filter(({ event: { date } }) => firstDay(date.start) <= to && lastDay(date.end ?? date.start) >= from);
    names.push(spanLabel(slice.from, slice.to, timeline.lang));
  }
  if (names.length === 0) return { timeline, url: routes.printSlice(timeline.prefix), title: ui.print.title, events };
  if (events.length === 0) throw new Error(`No published event is in ${names.join(", ")}: widen the slice.`);
  const name = names.join(" · ");
  return { timeline, url: routes.printSlice(timeline.prefix), title: name, slice: { name, page }, events };
}

/** "March – April 2020", "15 March 2020 –", "– 2020": the span as the language writes dates. */
function spanLabel(from: string | undefined, to: string | undefined, lang: string): string {
  const precision = precisionOf(from ?? to!)!;
  if (from && to && precisionOf(to) === precision) return dateLabel({ start: from, end: to, precision }, lang);
  const label = (p: string) => (precisionOf(p) === "day" ? dayLabel(p, lang) : periodLabel(p, lang));
  return [from ? label(from) : "", to ? label(to) : ""].join(" – ").trim();
}

/** The tag of a language of the site given as a tag ("ar", "zh-Hans") or its path prefix ("zh"); the main language's when none is given. */
function languageOf(languages: readonly { lang: string; prefix: string }[], lang: string | undefined): string {
  if (!lang) return languages[0]!.lang;
  const found = languages.find((l) => l.lang.toLowerCase() === lang.toLowerCase() || l.prefix === `/${lang}`);
  if (!found) throw new Error(`--lang ${lang}: the site is not published in it. Use one of: ${languages.map((l) => l.lang).join(", ")}.`);
  return found.lang;
}

/**
 * Writes the chronology of `slice` in `lang` (a tag, or a path prefix such as "zh"), from the data of
 * the project at `root`, into `output` as a site of that one page, with the styles and pictures it
 * shows; returns its URL. Throws, naming the option, when the slice or the language is not in the data.
 */
export async function writePrintSlice(root: string, output: string, { lang, slice }: { lang?: string; slice: PrintSlice }): Promise<string> {
  const data = dataFolder(root);
  const dataset = await loadValid(root, data);
  const wanted = languageOf(dataset.site.languages ?? [{ lang: dataset.site.lang, prefix: "" }], lang);
  const session = await startSession(dataset, data, imageSettings(root));
  const [timeline] = session.timelines([wanted]);
  const page = slicePrintPage(timeline!, slice);
  writePages(output, siteTemplates(root), [printPage(page)], (html) => keepTogether(html, session.wordsToKeep));
  cpSync(join(root, TEMPLATES.pages, "assets"), join(output, "assets"), { recursive: true });
  await session.media.publish(output);
  return page.url;
}
