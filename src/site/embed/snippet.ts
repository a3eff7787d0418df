/**
 * The code a newsroom pastes into an article to embed the timeline, and the oEmbed JSON
 * (https://oembed.com, type "rich") that gives the same code to a CMS that embeds by URL.
 *
 * The code is a plain iframe, which works alone at its given height, and the loader script
 * (assets/embed.js), which makes the iframe exactly as tall as its content.
 */
import { assetUrl, fragment, fullUrl, routes } from "../routes.ts";
import type { EventView, Timeline } from "../views.ts";

/** Height (CSS pixels) the iframe has before the loader sets it, or without it: a little over the embed page's height in a 600 px column (524 px on the sample), so that it does not scroll twice. */
export const EMBED_HEIGHT = 560;
/** The width an oEmbed consumer is told; the iframe itself takes the width of its column. */
export const EMBED_WIDTH = 600;

export interface Snippet {
  /** The iframe's address, absolute. */
  src: string;
  title: string;
  /** The loader script's address, absolute. */
  loader: string;
}

/** The embed of a timeline, or of it opened at one event. */
export function snippetFor(timeline: Timeline, entry?: EventView): Snippet {
  const path = entry ? fragment(routes.embedEvent(timeline.prefix, entry.event.id), entry.event.id) : routes.embed(timeline.prefix);
  return {
    src: fullUrl(timeline.site.url, path),
    title: entry ? `${entry.headline} · ${timeline.site.title}` : timeline.site.title,
    loader: fullUrl(timeline.site.url, assetUrl("embed.js")),
  };
}

/** A value in a double-quoted attribute (apostrophes kept as they are, for code that reads well when pasted). */
const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The HTML to paste: the iframe, then the loader. */
export function snippetHtml({ src, title, loader }: Snippet): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" height="${EMBED_HEIGHT}" style="width:100%;border:0" loading="lazy" data-datelines></iframe>\n` +
    `<script src="${attribute(loader)}" async></script>`
  );
}

/** The oEmbed response for a language's front page, or for an event's page. */
export function oembed(timeline: Timeline, entry?: EventView): Record<string, string | number> {
  const { site } = timeline;
  const snippet = snippetFor(timeline, entry);
  return {
    version: "1.0",
    type: "rich",
    title: entry ? entry.headline : site.title,
    author_name: site.author.name,
    ...(site.author.url ? { author_url: site.author.url } : {}),
    provider_name: site.title,
    provider_url: fullUrl(site.url, routes.home(timeline.prefix)),
    html: snippetHtml(snippet),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    cache_age: 86400,
  };
}
