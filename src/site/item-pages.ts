/**
 * The pages made one per item of the longest lists: each event's page (/events/<id>/), its embed
 * page (/embed/events/<id>/, and the language's /embed/) and every print view (/print/, a year's,
 * a month's, a country's …). Each is rendered from the site's templates (a partial for the body, a
 * layout around it) and written when a run has written its other pages, rather than paginated
 * through Eleventy: they are nine pages in ten of a large site, and Eleventy carries each through
 * its whole life of a page (data cascade, computed data, permalink, render, the result held in
 * memory until the run ends), which for a 10,000-event language was 60% of its build. The
 * templates see what a paginated page saw of itself: `page.url`, `title`, `description`,
 * `timeline`, `content`, and the page's own item (`entry`, `embed`, `printable`). They render in
 * an environment of their own (`siteTemplates`), with the site's filters as they are, not wrapped
 * by Eleventy for each call; the desk's preview and `datelines pdf` render theirs the same way.
 */
import { join } from "node:path";
import { embedFilters } from "./embed/embed-plugin.ts";
import filtersPlugin from "./filters.ts";
import { writeAtUrl } from "./output-files.ts";
import { nunjucks, TEMPLATES, type TemplateRenderer } from "./templates.ts";
import type { EmbedPage, EventView, PrintPage, Timeline } from "./views.ts";

/** A page: its URL, the partial that renders its body, the layout around it, and what both see. */
export interface ItemPage {
  url: string;
  body: string;
  layout: string;
  data: { timeline: Timeline; title: string; description: string } & Record<string, unknown>;
}

/** An event's page. */
export function eventPage(entry: EventView): ItemPage {
  const { timeline } = entry;
  return {
    url: entry.url,
    body: "partials/event-page.njk",
    layout: "layouts/base.njk",
    data: { timeline, entry, title: entry.headline, description: `${entry.label}: ${entry.summaryText}` },
  };
}

/** An embed page: the latest events, or an event among its neighbours; its canonical page is the front page or the event's. */
export function embedPage(embed: EmbedPage): ItemPage {
  const { timeline, entry } = embed;
  return {
    url: embed.url,
    body: "partials/embed-page.njk",
    layout: "layouts/embed.njk",
    data: {
      timeline,
      embed,
      title: (entry ? `${entry.headline} · ` : "") + timeline.site.title,
      description: entry ? `${entry.label}: ${entry.summaryText}` : "",
      canonical: embed.canonical,
    },
  };
}

/** A printable chronology, or its index of parts; `generated`: the day a PDF of it is made (its title page says so), or "". */
export function printPage(printable: PrintPage, generated = process.env.DATELINES_GENERATED ?? ""): ItemPage {
  return {
    url: printable.url,
    body: "partials/print-page.njk",
    layout: "layouts/print.njk",
    data: { timeline: printable.timeline, printable, title: printable.title, description: "", generated },
  };
}

/** The page's HTML, as Eleventy would render it: the body, then the layout with the body as `content`. */
export function renderPage(templates: TemplateRenderer, page: ItemPage): string {
  const context = { ...page.data, page: { url: page.url } };
  const content = templates.render(page.body, context);
  return templates.render(page.layout, { ...context, content });
}

/** Writes each page under `output` (`finish`: what every HTML page goes through last, as Eleventy's transforms). */
export function writePages(output: string, templates: TemplateRenderer, pages: Iterable<ItemPage>, finish: (html: string) => string = (html) => html): void {
  for (const page of pages) writeAtUrl(output, page.url, finish(renderPage(templates, page)));
}

/** The site's templates and filters for the project at `root`, set up as Eleventy sets up its own: for item pages, in a build, the desk's preview and `datelines pdf`. */
export function siteTemplates(root: string): TemplateRenderer {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([join(root, TEMPLATES.includes), root]), { dev: true });
  filtersPlugin(env);
  embedFilters(env);
  return env;
}
