/** Media on an event: pictures, video, audio, documents and maps, each credited. */
import { z } from "zod";
import { Text } from "./primitives.ts";

export const MEDIA_KINDS = ["image", "video", "audio", "document", "map", "link"] as const;
export const MediaKind = z.enum(MEDIA_KINDS).meta({
  description: "image, video, audio, document, map, or link (a web page shown as a card). Inferred from src when left out.",
});
export type MediaKind = z.infer<typeof MediaKind>;

/** An https URL, or a file name (folders allowed) under _data/media/. */
export const MediaSrc = z
  .string()
  .min(1, "must not be empty")
  .max(2000)
  .refine((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src) || /^https:\/\/[^\s/]+\.[^\s/]+/i.test(src), {
    message: "use an https:// URL, or a file name under _data/media/ (http and other schemes are not allowed)",
  })
  .refine((src) => /^https:/i.test(src) || (!src.startsWith("/") && !src.split(/[\\/]/).includes("..")), {
    message: "a local file is named relative to _data/media/, without a leading / or ..",
  })
  .meta({ description: "https URL, or a file name relative to _data/media/." });

export const MediaItem = z
  .object({
    src: MediaSrc,
    kind: MediaKind.optional(),
    alt: Text(500).optional().meta({ description: "What the image shows, for readers who cannot see it. Required for images unless decorative." }),
    decorative: z.boolean().optional().meta({ description: "true for an image that adds nothing a reader needs (no alt text then)." }),
    title: Text(300).optional(),
    caption: Text(1000).optional().meta({ description: "Caption; inline Markdown links and emphasis allowed." }),
    credit: Text(300).optional().meta({ description: "Who made it or holds the rights. Required to publish." }),
    thumbnail: MediaSrc.optional(),
  })
  .strict();
export type MediaItem = z.infer<typeof MediaItem>;

const EXTENSION_KIND: Record<string, MediaKind> = Object.fromEntries([
  ...["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "tif", "tiff"].map((x) => [x, "image" as const]),
  ...["mp4", "webm", "mov", "m4v", "ogv"].map((x) => [x, "video" as const]),
  ...["mp3", "m4a", "ogg", "oga", "wav", "flac", "aac", "opus"].map((x) => [x, "audio" as const]),
  ...["pdf", "doc", "docx", "odt", "xls", "xlsx", "csv", "txt"].map((x) => [x, "document" as const]),
]);
const HOST_KIND: [RegExp, MediaKind][] = [
  [/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com)$/, "video"],
  [/(^|\.)(soundcloud\.com|spotify\.com|podcasts\.apple\.com)$/, "audio"],
  [/(^|\.)(maps\.google\.[a-z.]+|openstreetmap\.org)$/, "map"],
];

/** The kind an item declares, or the one its src makes obvious (file extension, known hosts); else "link". */
export function mediaKind(item: Pick<MediaItem, "src" | "kind">): MediaKind {
  if (item.kind) return item.kind;
  let host = "";
  let path = item.src;
  if (/^https:/i.test(item.src)) {
    try {
      const url = new URL(item.src);
      host = url.hostname.toLowerCase();
      path = url.pathname;
      if (/^(www\.)?google\.[a-z.]+$/.test(host) && path.startsWith("/maps")) return "map";
    } catch {
      return "link";
    }
  }
  for (const [pattern, kind] of HOST_KIND) if (pattern.test(host)) return kind;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && EXTENSION_KIND[ext]) || (host ? "link" : "document");
}
