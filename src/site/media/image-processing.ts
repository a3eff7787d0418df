/**
 * Pictures made at build time by Eleventy's image utility (@11ty/eleventy-img, on sharp): AVIF and
 * WebP plus a PNG (charts, maps) or JPEG (photos) fallback, in a few widths. Outputs go to a cache
 * folder outside the site (the output folder is emptied before each build); eleventy-img names
 * them by a hash of the original's content and the options, and skips those that exist, so a
 * rebuild reprocesses only new or changed originals. publishFiles copies what a build used.
 */
import Image, { generateHTML } from "@11ty/eleventy-img";
import { join } from "node:path";
import { mediaExtension } from "../../schema/index.ts";

/** Widths made of every picture (never wider than the original). */
export const IMAGE_WIDTHS = [160, 320, 640, 1280];
/** The site path of processed pictures. */
export const MEDIA_URL_PATH = "/media/";

/** One output file, as eleventy-img describes it. */
export interface ImageOutput {
  format: string;
  width: number;
  height: number;
  url: string;
  sourceType: string;
  srcset: string;
  filename: string;
  outputPath: string;
  size: number;
}
/** Every output of one picture, by format (avif, webp, then the fallback), narrowest first. */
export type ImageMetadata = Record<string, ImageOutput[]>;

export interface ImageSettings {
  /** Folder eleventy-img writes into and keeps between builds (<cache>/media/), and where it keeps downloads (<cache>/fetch/). */
  cacheDir: string;
  /** Never download remote pictures (they are shown as link cards instead). */
  offline: boolean;
  /** Eleventy's config, so eleventy-img reports "N images optimized (N cached)" in the build log. */
  eleventyConfig?: unknown;
}

export class RemoteImageError extends Error {
  constructor(src: string, cause: unknown) {
    super(`Could not download ${src} (${cause instanceof Error ? cause.message : String(cause)}): it is shown as a link until a build can fetch it`);
    this.name = "RemoteImageError";
  }
}

/** Charts, maps and drawings keep crisp edges as PNG; photos are smaller as JPEG. */
export function fallbackFormat(src: string): "png" | "jpeg" {
  return ["png", "gif", "svg"].includes(mediaExtension(src)) ? "png" : "jpeg";
}

/** Processes a local file (absolute path) or an https URL; throws RemoteImageError when a remote picture cannot be had. */
export async function processImage(input: string, settings: ImageSettings): Promise<ImageMetadata> {
  const remote = /^https:/i.test(input);
  if (remote && settings.offline) throw new RemoteImageError(input, new Error("downloads are off"));
  const options = {
    widths: IMAGE_WIDTHS,
    formats: ["avif", "webp", fallbackFormat(input)],
    outputDir: join(settings.cacheDir, "media"),
    urlPath: MEDIA_URL_PATH,
    // AVIF at effort 2 takes a third of the default's time for files a few percent larger.
    sharpAvifOptions: { effort: 2 },
    sharpPngOptions: { palette: true },
    sharpJpegOptions: { mozjpeg: true, quality: 78 },
    svgShortCircuit: false,
    cacheOptions: { directory: join(settings.cacheDir, "fetch"), duration: "*" },
    ...(settings.eleventyConfig ? { eleventyConfig: settings.eleventyConfig } : {}),
  };
  try {
    return (await Image(input, options)) as ImageMetadata;
  } catch (error) {
    if (remote) throw new RemoteImageError(input, error);
    throw error;
  }
}

/** `<picture>` (or `<img>` for one file) with srcset, sizes, width and height, made by eleventy-img. */
export function pictureMarkup(metadata: Record<string, readonly { url: string; width: number }[]>, attributes: Record<string, string>): string {
  return generateHTML(metadata, attributes, { whitespaceMode: "inline" });
}

/** The metadata narrowed to some widths and formats (a thumbnail needs neither 1280 px nor every format). */
export function narrowed<T extends { width: number }>(metadata: Record<string, T[]>, { maxWidth = Infinity, formats }: { maxWidth?: number; formats?: string[] }): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const [format, outputs] of Object.entries(metadata)) {
    if (formats && !formats.includes(format)) continue;
    const fitting = outputs.filter((o) => o.width <= maxWidth);
    out[format] = fitting.length ? fitting : outputs.slice(0, 1);
  }
  return out;
}
