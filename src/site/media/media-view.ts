/** An event's media as one language of the site shows them (the shapes are in views.ts). */
import { mediaKind, showsAsImage, type MediaItem } from "../../schema/index.ts";
import type { UiStrings } from "../i18n/index.ts";
import { inlineHtml } from "../inline-markup.ts";
import type { MediaView, PictureView } from "../views.ts";
import { embedFor } from "./embeds.ts";
import type { ImageMetadata } from "./image-processing.ts";
import type { MediaLibrary } from "./media-library.ts";

export function mediaViews(items: readonly MediaItem[] | undefined, library: MediaLibrary, ui: UiStrings): MediaView[] {
  return (items ?? []).map((item) => mediaView(item, library, ui));
}

function mediaView(item: MediaItem, library: MediaLibrary, ui: UiStrings): MediaView {
  const kind = mediaKind(item);
  const remote = /^https:/i.test(item.src);
  const host = remote ? new URL(item.src).hostname : undefined;
  const base = {
    item,
    kind,
    host,
    // Untitled: a picture is named by its alt text, a local file by its name, anything else by its host.
    title: item.title ?? (item.alt || (host ?? item.src.split("/").pop()!)),
    captionHtml: item.caption ? inlineHtml(item.caption) : "",
    kindLabel: ui.media.kinds[kind],
  };
  const own = showsAsImage(item) ? library.picture(item.src) : undefined;
  if (own) {
    const picture = pictureView(own, item.decorative ? "" : (item.alt ?? ""));
    return { ...base, display: "image", picture, href: remote ? item.src : fallbackOf(own).url, file: fileOf(own) };
  }
  const poster = item.thumbnail ? library.picture(item.thumbnail) : undefined;
  // A poster sits inside a link or beside a player whose text names the item: it adds nothing to read.
  const picture = poster && pictureView(poster, "");
  const withPoster = picture ? { picture } : {};
  const embed = remote && (kind === "video" || kind === "audio") ? embedFor(item.src) : undefined;
  if (embed) return { ...base, ...withPoster, display: "embed", href: item.src, embed: { ...embed, host: new URL(embed.player).hostname } };
  const file = remote ? undefined : library.file(item.src);
  if (file && (kind === "video" || kind === "audio")) return { ...base, ...withPoster, display: "player", href: file.url, file };
  return { ...base, ...withPoster, display: "card", href: file?.url ?? (remote ? item.src : ""), ...(file ? { file } : {}) };
}

function pictureView(outputs: ImageMetadata, alt: string): PictureView {
  const largest = fallbackOf(outputs);
  return { outputs, alt, src: largest.url, width: largest.width, height: largest.height };
}

/** The widest output in the fallback format (PNG or JPEG), which every reader can show. */
function fallbackOf(outputs: ImageMetadata) {
  const list = outputs.png ?? outputs.jpeg ?? Object.values(outputs)[0]!;
  return list[list.length - 1]!;
}

function fileOf(outputs: ImageMetadata): MediaView["file"] {
  const f = fallbackOf(outputs);
  return { url: f.url, type: f.sourceType, size: f.size, width: f.width, height: f.height };
}
