/**
 * The event page as it will publish, rendered as the build renders it (src/site/item-pages.ts:
 * the site's own partial, layout and filters), with the data as the build would see it once the
 * event is published: the whole dataset is loaded and validated, the event is marked published,
 * and the timeline views are built as for the site, so dates, quotes, related events and every
 * language come out exactly as they will. Only that one page is rendered (in each language), in memory.
 */
import { Settings } from "luxon";
import { eventPage, renderPage, siteTemplates } from "../site/item-pages.ts";
import { buildTimelines } from "../site/timeline.ts";
import { loadDataset, type Problem } from "../validate/index.ts";
import type { Workspace } from "./workspace.ts";

export type PreviewResult =
  | { ok: true; pages: { lang: string; url: string; html: string }[] }
  | { ok: false; problems: Problem[] }
  | { ok: false; missing: true };

export async function renderEventPreview(ws: Workspace, id: string): Promise<PreviewResult> {
  Settings.throwOnInvalid = true;
  Settings.defaultZone = "utc";
  const loaded = await loadDataset({ root: ws.root, data: ws.data });
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { dataset } = loaded;
  const event = dataset.events.find((e) => e.id === id);
  if (!event) return { ok: false, missing: true };
  const timelines = buildTimelines({ ...dataset, events: dataset.events.map((e) => (e === event ? { ...e, status: "published" as const } : e)) });
  const views = timelines.flatMap((t) => t.events.filter((e) => e.event.id === id));
  const templates = siteTemplates(ws.root);
  return { ok: true, pages: views.map((view) => ({ lang: view.timeline.lang, url: view.url, html: renderPage(templates, eventPage(view)) })) };
}

/**
 * The page as the desk serves it: a banner saying it is a preview, and its links to the
 * event in other languages pointing at their previews.
 */
export function deskPreviewHtml(html: string, id: string, pages: { lang: string; url: string }[], banner: string): string {
  let out = html.replace("</head>", '<link rel="stylesheet" href="/desk/preview.css">\n</head>').replace(/<body([^>]*)>/, (m) => `${m}\n${banner}`);
  for (const page of pages) out = out.split(`href="${page.url}"`).join(`href="/events/${encodeURIComponent(id)}/preview?lang=${encodeURIComponent(page.lang)}"`);
  return out;
}
