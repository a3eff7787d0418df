/**
 * Every page's items, in every language given, for pagination (cut into pages by paging.ts):
 * `all.<list>` in the templates. Each item knows its `timeline`. `once` lists hold the pages
 * made once per language (its front page, indexes, whole-timeline files); `each` the others,
 * which a build in parts shares out (plugin.ts) and `serve` renders only where an edit shows
 * (focus.ts).
 */
import { embedPages } from "./embed/embed-pages.ts";
import type { Timeline } from "./views.ts";

export interface PageLists {
  once: Record<string, unknown[]>;
  each: Record<string, unknown[]>;
}

export function pageLists(timelines: Timeline[]): PageLists {
  const main = timelines.filter((t) => t.lang === t.mainLang);
  return {
    once: {
      languages: timelines,
      groupIndexes: timelines.filter((t) => t.groups.length > 0),
      // The whole site's export, in the main language: in the shard that builds the main language.
      mainTimeline: main,
    },
    each: {
      events: timelines.flatMap((t) => t.events),
      archives: timelines.flatMap((t) => t.archivePages),
      years: timelines.flatMap((t) => t.years),
      sources: timelines.flatMap((t) => t.sourcePages),
      countries: timelines.flatMap((t) => t.countryPages),
      tags: timelines.flatMap((t) => t.tagPages),
      groups: timelines.flatMap((t) => t.groupPages),
      printPages: timelines.flatMap((t) => t.printPages),
      feeds: timelines.flatMap((t) => t.feeds),
      // …the main language's events, a year or month at a time (/2020/events.json …).
      exportParts: main.flatMap((t) => t.fileParts),
      // The TimelineJS, sheet and calendar downloads of a timeline too long for one file, a year or month at a time.
      downloadParts: timelines.filter((t) => !t.fitsInOneFile).flatMap((t) => t.fileParts),
      axisParts: timelines.flatMap((t) => t.axisParts),
      embeds: timelines.flatMap(embedPages),
    },
  };
}

/** The lists, each `once` list through `once` and each other through `each`, as one object. */
export function selectPages(lists: PageLists, once: (items: unknown[]) => unknown[], each: (items: unknown[]) => unknown[]): Record<string, unknown[]> {
  const map = (from: Record<string, unknown[]>, f: (items: unknown[]) => unknown[]) => Object.fromEntries(Object.entries(from).map(([k, v]) => [k, f(v)]));
  return { ...map(lists.once, once), ...map(lists.each, each) };
}
