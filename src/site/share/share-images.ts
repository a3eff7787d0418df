/**
 * Share images (Open Graph and Twitter cards), 1200×630 PNG: one per language's front page and
 * one per event in each language it is translated into. An event page in a language without a
 * translation shows the main language's text, so it shares the main language's image rather
 * than a near copy. Each image is cached under the build cache by a hash of its SVG and fonts:
 * a rebuild renders only the cards whose text changed. `site.json` `share.images: false` turns
 * them all off (the pages then name no image).
 */
import { Resvg } from "@resvg/resvg-js";
import { createHash } from "node:crypto";
import { copyFile, mkdir, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { dateLabel } from "../date-label.ts";
import { routes } from "../routes.ts";
import type { EventView, Timeline } from "../views.ts";
import { CARD_HEIGHT, CARD_WIDTH, shareCardSvg, type ShareCard } from "./share-card-svg.ts";
import { fontVersions } from "./share-fonts.ts";

/** Bump when the drawing changes in a way the SVG text does not show (e.g. render options). */
const RENDER_VERSION = "1";

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  type: "image/png";
  alt: string;
}

export function shareImagesOn(timeline: Timeline): boolean {
  return timeline.site.share?.images !== false;
}

/** The image a page shares: its event's, else its language's front page's; undefined when images are off. */
export function shareImageFor(timeline: Timeline, entry?: EventView): ShareImage | undefined {
  if (!shareImagesOn(timeline)) return undefined;
  const image = { width: CARD_WIDTH, height: CARD_HEIGHT, type: "image/png" as const };
  if (!entry) return { ...image, url: routes.shareImage(timeline.prefix), alt: timeline.site.title };
  const own = entry.translated;
  const prefix = own ? timeline.prefix : mainPrefix(timeline);
  const label = own ? entry.label : dateLabel(entry.event.date, timeline.mainLang);
  return { ...image, url: routes.eventShareImage(prefix, entry.event.id), alt: `${label}: ${entry.headline}` };
}

function mainPrefix(timeline: Timeline): string {
  return timeline.languages.find((l) => l.lang === timeline.mainLang)?.prefix ?? "";
}

export interface PlannedImage {
  url: string;
  card: ShareCard;
}

/** Every image the site shares, with what each shows. */
export function planShareImages(timelines: readonly Timeline[], keepTogether: readonly string[] = []): PlannedImage[] {
  const planned: PlannedImage[] = [];
  for (const t of timelines) {
    if (!shareImagesOn(t)) continue;
    const base = { lang: t.lang, dir: t.dir, footer: new URL(t.site.url).host, keepTogether };
    planned.push({ url: routes.shareImage(t.prefix), card: { ...base, headline: t.site.title, body: t.site.description } });
    for (const entry of t.events) {
      if (!entry.translated) continue;
      planned.push({ url: routes.eventShareImage(t.prefix, entry.event.id), card: { ...base, kicker: t.site.title, label: entry.label, headline: entry.headline } });
    }
  }
  return planned;
}

export interface ShareImageReport {
  images: number;
  rendered: number;
  seconds: number;
}

/** Writes the planned images into `output`, rendering only those not already in `cacheDir`/share/. */
export async function writeShareImages(planned: readonly PlannedImage[], output: string, cacheDir: string): Promise<ShareImageReport> {
  const started = performance.now();
  const fonts = fontVersions();
  const cache = join(cacheDir, "share");
  await mkdir(cache, { recursive: true });
  let rendered = 0;
  for (const { url, card } of planned) {
    const { svg, fonts: choice } = shareCardSvg(card);
    const key = createHash("sha256").update(`${RENDER_VERSION}\n${fonts}\n${choice.family}\n${svg}`).digest("hex");
    const cached = join(cache, `${key}.png`);
    if (!existsSync(cached)) {
      const png = renderPng(svg, choice.files);
      // Written aside then renamed, so that an interrupted build never leaves half a PNG in the cache.
      await writeFile(`${cached}.${process.pid}.tmp`, png);
      await rename(`${cached}.${process.pid}.tmp`, cached);
      rendered++;
    }
    const to = join(output, url);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(cached, to);
  }
  return { images: planned.length, rendered, seconds: (performance.now() - started) / 1000 };
}

/** An SVG drawn with the shipped fonts only (never the machine's), as PNG. */
export function renderPng(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans" }, fitTo: { mode: "original" } });
  return resvg.render().asPng();
}
