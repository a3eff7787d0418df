/** What the embed pages, the embed code page and the oEmbed JSON read: filters, and the iframe's default height. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { FilterTarget } from "../filters.ts";
import { fragment } from "../routes.ts";
import type { EventView, Timeline } from "../views.ts";
import { EMBED_HEIGHT, oembed, snippetFor, snippetHtml } from "./snippet.ts";

export default function embedPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("embedHeight", EMBED_HEIGHT);
  embedFilters(eleventyConfig);
}

/** The filters alone, for Eleventy or for the site's templates outside it (item-pages.ts). */
export function embedFilters(eleventyConfig: FilterTarget): void {
  /** `{{ timeline | oembedJson(entry) | safe }}`: the oEmbed response of the front page, or of an event's page. */
  eleventyConfig.addFilter("oembedJson", (timeline: Timeline, entry?: EventView) => JSON.stringify(oembed(timeline, entry), null, 2));
  /** `{{ timeline | embedSnippet(entry) }}`: the iframe and loader to paste into an article (escape it when shown). */
  eleventyConfig.addFilter("embedSnippet", (timeline: Timeline, entry?: EventView) => snippetHtml(snippetFor(timeline, entry)));
  /** `{{ timeline | embedSnippetSrc(entry) }}`: the iframe's absolute address alone. */
  eleventyConfig.addFilter("embedSnippetSrc", (timeline: Timeline, entry?: EventView) => snippetFor(timeline, entry).src);
  /** `{{ url | fragment(id) }}`: an element of a page. */
  eleventyConfig.addFilter("fragment", (url: string, id: string) => fragment(url, id));
}
