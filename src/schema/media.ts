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
  .strict()
  .superRefine((item, ctx) => {
    const problem = mediaFormatProblem(item);
    if (problem) ctx.addIssue({ code: "custom", path: ["src"], message: problem });
    const thumbnail = item.thumbnail === undefined ? undefined : mediaFormatProblem({ src: item.thumbnail }, "thumbnail");
    if (thumbnail) ctx.addIssue({ code: "custom", path: ["thumbnail"], message: `a thumbnail is a picture: ${thumbnail}` });
  });
export type MediaItem = z.infer<typeof MediaItem>;

/** File formats the site can publish, by kind (local files; https URLs when they name an extension). */
export const MEDIA_FORMATS = {
  /** What @11ty/eleventy-img (sharp) reads. */
  image: ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "tif", "tiff"],
  /** What browsers play in <video> and <audio>. */
  video: ["mp4", "webm", "mov", "m4v", "ogv"],
  audio: ["mp3", "m4a", "ogg", "oga", "wav", "flac", "aac", "opus"],
  document: ["pdf", "doc", "docx", "odt", "xls", "xlsx", "csv", "txt"],
} as const satisfies Partial<Record<MediaKind, readonly string[]>>;
const EXTENSION_KIND: Record<string, MediaKind> = Object.fromEntries(
  Object.entries(MEDIA_FORMATS).flatMap(([kind, extensions]) => extensions.map((x) => [x, kind as MediaKind])),
);
const FIX_FORMAT: Record<string, string> = {
  image: "export it as JPEG (photos), PNG (charts, maps) or WebP",
  map: "export the map as PNG or SVG, or give an https link to an online map",
  video: "convert it to MP4 (H.264) or WebM",
  audio: "convert it to MP3 or M4A",
  document: "publish it as PDF",
};

/** The extension of a file name or of a URL's path, lowercased ("" when it has none). */
export function mediaExtension(src: string): string {
  let path = src;
  if (/^https:/i.test(src)) {
    try {
      path = new URL(src).pathname;
    } catch {
      return "";
    }
  }
  return /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
}

/** True when `src` names an image file the site can process (by its extension). */
export function isImageFile(src: string): boolean {
  return (MEDIA_FORMATS.image as readonly string[]).includes(mediaExtension(src));
}

/** Shown as a picture: an image, or a map drawn as an image file (not a link to an online map). */
export function showsAsImage(item: Pick<MediaItem, "src" | "kind">): boolean {
  const kind = mediaKind(item);
  return kind === "image" || (kind === "map" && isImageFile(item.src));
}

/** Picture formats sharp cannot read (or browsers cannot show): an error, not a link to a file. */
const UNREADABLE_IMAGE = /^(bmp|heic|heif|psd|jxl|jp2|ico|raw|cr2|nef|dng)$/;

/**
 * Why the site cannot publish an item's file format, with the fix; undefined when it can.
 * A local file needs an extension of its kind. An https URL is refused only when it names a
 * file of the wrong kind (any other address may be a page that serves anything).
 */
export function mediaFormatProblem(item: Pick<MediaItem, "src" | "kind">, field: "src" | "thumbnail" = "src"): string | undefined {
  const ext = mediaExtension(item.src);
  const remote = /^https:/i.test(item.src);
  let kind = field === "thumbnail" ? "image" : mediaKind(item);
  if (UNREADABLE_IMAGE.test(ext) && (kind === "document" || kind === "link")) kind = "image";
  const accepted: readonly string[] = kind === "map" ? MEDIA_FORMATS.image : ((MEDIA_FORMATS as Record<string, readonly string[]>)[kind] ?? []);
  if (!remote && kind === "link") return `a local file cannot be a link: leave "kind" out (it follows from the extension) or set image, video, audio, document or map`;
  if (accepted.includes(ext)) return undefined;
  if (remote && (!ext || kind === "link" || (kind === "map" && !UNREADABLE_IMAGE.test(ext)) || !(ext in EXTENSION_KIND || UNREADABLE_IMAGE.test(ext)))) return undefined;
  const what = ext ? `.${ext} is not a${/^[aeiou]/.test(kind) ? "n" : ""} ${kind} format the site can publish` : "the file has no extension, so its format is unknown";
  return `${what} (${accepted.map((x) => `.${x}`).join(", ")}): ${FIX_FORMAT[kind] ?? "use one of those formats"}`;
}

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
