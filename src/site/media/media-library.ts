/**
 * Every picture and file the published events name, made ready once per build for all
 * languages: pictures processed by eleventy-img (image-processing.ts), other local files
 * published as they are under /media/files/. After the build, `publish` copies into the output
 * folder exactly the files this build used.
 */
import { copyFile, mkdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { mediaExtension, mediaKind, showsAsImage, type Event } from "../../schema/index.ts";
import { processImage, RemoteImageError, type ImageMetadata, type ImageSettings } from "./image-processing.ts";

export interface PublishedFile {
  /** Site path, e.g. /media/files/reports/plan.pdf */
  url: string;
  type: string;
  size: number;
}

export interface MediaLibrary {
  /** The processed picture for a src (a file under _data/media/ or an https URL); undefined when there is none. */
  picture(src: string): ImageMetadata | undefined;
  /** A local file (not a picture) the site publishes as it is. */
  file(src: string): PublishedFile | undefined;
}

/** A library with nothing in it: local pictures and files show as cards (tests, the desk's preview). */
export const NO_MEDIA: MediaLibrary = { picture: () => undefined, file: () => undefined };

export class MediaFileError extends Error {
  constructor(file: string, cause: unknown) {
    super(`${file} could not be read as a picture (${cause instanceof Error ? cause.message : String(cause)}): replace it with a valid JPEG, PNG, WebP, AVIF or SVG file, or fix its name`);
    this.name = "MediaFileError";
    Object.assign(this, { skipOriginalStack: true });
  }
}

const TYPES: Record<string, string> = {
  mp4: "video/mp4", m4v: "video/mp4", webm: "video/webm", mov: "video/quicktime", ogv: "video/ogg",
  mp3: "audio/mpeg", m4a: "audio/mp4", aac: "audio/aac", ogg: "audio/ogg", oga: "audio/ogg", opus: "audio/ogg", wav: "audio/wav", flac: "audio/flac",
  pdf: "application/pdf", doc: "application/msword", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text", xls: "application/vnd.ms-excel", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv", txt: "text/plain",
};

export interface PreparedMedia extends MediaLibrary {
  /** Copies the pictures and files this build used into `output` (under /media/). */
  publish(output: string): Promise<void>;
}

export async function prepareMedia(events: readonly Event[], data: string, settings: ImageSettings, warn: (message: string) => void = console.warn): Promise<PreparedMedia> {
  const pictures = new Map<string, ImageMetadata>();
  const files = new Map<string, PublishedFile & { from: string }>();
  const wanted = new Set<string>();
  const local = new Set<string>();
  for (const event of events) {
    if (event.status !== "published") continue;
    for (const item of event.media ?? []) {
      if (showsAsImage(item)) wanted.add(item.src);
      if (item.thumbnail) wanted.add(item.thumbnail);
      if (!showsAsImage(item) && !/^https:/i.test(item.src) && mediaKind(item) !== "link") local.add(item.src);
    }
  }
  const absolute = (src: string) => (/^https:/i.test(src) ? src : join(data, "media", src));
  await Promise.all([
    ...[...wanted].map(async (src) => {
      try {
        pictures.set(src, await processImage(absolute(src), settings));
      } catch (error) {
        if (error instanceof RemoteImageError) return warn(`[datelines] ${error.message}`);
        throw new MediaFileError(absolute(src), error);
      }
    }),
    ...[...local].map(async (src) => {
      const from = absolute(src);
      const { size } = await stat(from);
      files.set(src, { url: `/media/files/${src.split("/").map(encodeURIComponent).join("/")}`, type: TYPES[mediaExtension(src)] ?? "application/octet-stream", size, from });
    }),
  ]);

  return {
    picture: (src) => pictures.get(src),
    file: (src) => {
      const found = files.get(src);
      return found && { url: found.url, type: found.type, size: found.size };
    },
    async publish(output) {
      const copies = new Map<string, string>();
      for (const outputs of [...pictures.values()].flatMap((m) => Object.values(m))) {
        for (const o of outputs) copies.set(join(output, decodeURI(o.url)), o.outputPath);
      }
      for (const [src, file] of files) copies.set(join(output, "media", "files", src), file.from);
      await Promise.all(
        [...copies].map(async ([to, from]) => {
          await mkdir(dirname(to), { recursive: true });
          await copyFile(from, to);
        }),
      );
    },
  };
}
