/**
 * A slide's media (Media, Media Credit, Media Caption, Media Thumbnail; JSON media.*)
 * → one media item on the event: https URLs only (http is upgraded and said so; embed
 * code and text stay in the document), credit and alt as plain text, the caption as
 * inline Markdown. Says what publishing still needs (a credit; alt text for an image).
 */
import { MediaSrc, mediaKind, type MediaItem } from "../../schema/index.ts";
import { htmlToInline, htmlToPlain, shorten } from "./html-to-inline.ts";
import { short } from "./report.ts";
import type { TimelineRow } from "./row.ts";

export interface RowMedia {
  item?: MediaItem;
  mapped: string[];
  todo: string[];
  /** Why the event cannot be published as it is (empty when it can). */
  blocks: string[];
}

export function rowMedia(media: TimelineRow["media"]): RowMedia {
  const mapped: string[] = [];
  const todo: string[] = [];
  if (!media) return { mapped, todo, blocks: [] };
  const src = media.url ? httpsUrl(media.url.value) : undefined;
  if (!media.url || !src) {
    const given = [media.url, media.credit, media.caption, media.thumbnail, media.alt, media.title].filter(Boolean);
    const urlColumn = given[0]!.column.includes(".") ? given[0]!.column.replace(/\.[^.]+$/, ".url") : "Media";
    const columns = given.map((f) => f!.column).join(", ");
    const what = media.url ? `${media.url.column} is not a link to a picture, video or page (embed code or text): ${columns}` : `${columns} without ${urlColumn}:`;
    mapped.push(`${what} kept in the document only`);
    todo.push("add the media by hand if it matters (see the document)");
    return { mapped, todo, blocks: [] };
  }
  if (src !== media.url.value) mapped.push(`${media.url.column} "${short(media.url.value)}" changed to https (check that it loads)`);
  const item: MediaItem = { src };
  const kind = mediaKind(item);
  if (media.credit) {
    const credit = htmlToPlain(media.credit.value);
    if (credit.text) item.credit = shorten(credit.text, 300);
    mapped.push(...credit.notes.map((n) => `${media.credit!.column}: ${n}`));
    if (credit.text.length > 300) mapped.push(`${media.credit.column} shortened to 300 characters (the full credit is in the document)`);
  }
  if (media.caption) {
    const caption = htmlToInline(media.caption.value, 1000);
    if (caption.markdown) item.caption = caption.markdown;
    mapped.push(...caption.notes.map((n) => `${media.caption!.column}: ${n}`));
    if (caption.shortened) mapped.push(`${media.caption.column} shortened to 1000 characters at a sentence end (the full caption is in the document)`);
  }
  if (media.alt) item.alt = shorten(media.alt.value, 500);
  if (media.title) {
    const title = htmlToPlain(media.title.value).text;
    if (title) item.title = shorten(title, 300);
  }
  if (media.thumbnail) {
    const thumbnail = httpsUrl(media.thumbnail.value);
    if (thumbnail) item.thumbnail = thumbnail;
    else mapped.push(`${media.thumbnail.column} "${media.thumbnail.value.slice(0, 60)}" is not an https link: kept in the document only`);
  }
  mapped.unshift(`media[0]: ${kind} ${src.length > 60 ? `${src.slice(0, 57)}…` : src}${item.credit ? ", credit" : ""}${item.caption ? ", caption" : ""}${item.alt ? ", alt text" : ""}`);
  const blocks: string[] = [];
  if (!item.credit) blocks.push("media[0]: add a credit (who made it or holds the rights) before publishing");
  if (kind === "image" && !item.alt) blocks.push("media[0]: add alt text (what the image shows), or set \"decorative\": true");
  return { item, mapped, todo, blocks };
}

/** An https URL for the value: as it is, upgraded from http or protocol-relative; undefined when it is no web link. */
export function httpsUrl(value: string): string | undefined {
  const url = value.trim().replace(/^\/\//, "https://").replace(/^http:\/\//i, "https://");
  if (!/^https:\/\/\S+$/i.test(url)) return undefined;
  try {
    new URL(url);
  } catch {
    return undefined;
  }
  return MediaSrc.safeParse(url).success ? url : undefined;
}
