/**
 * A processed picture as HTML, for where it appears: `<picture>` with AVIF, WebP and the
 * fallback, `srcset` and `sizes` for its place in the layout, and the original's `width` and
 * `height` so the page never shifts as it loads. The `picture` filter calls this.
 */
import type { PictureView } from "../views.ts";
import { narrowed, pictureMarkup } from "./image-processing.ts";

export type PicturePlace = "page" | "thumb" | "card" | "print";

/** Widths the layout gives each place (site.css, print.css): the browser picks from srcset with these. */
const PLACES: Record<PicturePlace, { sizes: string; maxWidth?: number; fallbackOnly?: boolean }> = {
  // The event page's column: 52rem less the body's padding.
  page: { sizes: "(min-width: 52rem) 50rem, calc(100vw - 2rem)" },
  // The timeline's thumbnail, under the date (9rem), or at the end of the event on phones (8rem).
  thumb: { sizes: "9rem", maxWidth: 320 },
  card: { sizes: "6rem", maxWidth: 320 },
  // Paper: one format every PDF renderer reads.
  print: { sizes: "(min-width: 46rem) 34rem, 100vw", fallbackOnly: true },
};

export interface PictureOptions {
  /** Above the fold: load at once. Otherwise the browser waits until it nears the viewport. */
  eager?: boolean;
  /** Language of the alt text when it differs from the page's (alt text is in the site's main language). */
  lang?: string;
  dir?: string;
  className?: string;
}

export function pictureHtml(picture: PictureView, place: PicturePlace, options: PictureOptions = {}): string {
  const { sizes, maxWidth, fallbackOnly } = PLACES[place];
  const formats = fallbackOnly ? Object.keys(picture.outputs).filter((f) => f === "png" || f === "jpeg") : undefined;
  const outputs = narrowed(picture.outputs, { maxWidth, ...(formats ? { formats } : {}) });
  const attributes: Record<string, string> = {
    alt: picture.alt,
    sizes,
    loading: options.eager ? "eager" : "lazy",
    decoding: "async",
    ...(options.className ? { class: options.className } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.dir ? { dir: options.dir } : {}),
  };
  return pictureMarkup(outputs, attributes);
}
