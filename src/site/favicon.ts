/**
 * The site's icon, drawn here rather than fetched: a dark red tile with four pale bars of a
 * timeline's weekly chart. One drawing, written as /favicon.svg (which pages link) and as
 * /favicon.ico (which browsers request by themselves), so that no page logs a 404.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

const SIZE = 32;
const RADIUS = 6;
const TILE = [0x8a, 0x1c, 0x1c]; // --accent in site.css
const BAR = [0xff, 0xfd, 0xf8]; // --paper
/** x, y, width, height on a 32 × 32 grid. */
const BARS: readonly (readonly [number, number, number, number])[] = [
  [5, 17, 4, 10],
  [11, 11, 4, 16],
  [17, 6, 4, 21],
  [23, 14, 4, 13],
];

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;

export function faviconSvg(): string {
  const bars = BARS.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}"/>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${hex(TILE)}"/><g fill="${hex(BAR)}">${bars}</g></svg>\n`
  );
}

/** The same drawing as a 32 × 32 ICO (one 32-bit BMP image; the rounded corners transparent). */
export function faviconIco(): Uint8Array {
  const pixels = SIZE * SIZE * 4;
  const mask = SIZE * 4; // 1 bit per pixel, rows padded to 4 bytes
  const image = 40 + pixels + mask;
  const out = new Uint8Array(6 + 16 + image);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = SIZE; // width
  out[7] = SIZE; // height
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true); // offset of the image
  // BITMAPINFOHEADER; the height counts the colour rows and the mask rows.
  view.setUint32(22, 40, true);
  view.setInt32(26, SIZE, true);
  view.setInt32(30, SIZE * 2, true);
  view.setUint16(34, 1, true);
  view.setUint16(36, 32, true);
  view.setUint32(42, pixels + mask, true);
  for (let row = 0; row < SIZE; row++) {
    const y = SIZE - 1 - row; // BMP rows run bottom to top
    for (let x = 0; x < SIZE; x++) {
      const at = 62 + (row * SIZE + x) * 4;
      if (!insideTile(x + 0.5, y + 0.5)) continue; // transparent
      const [r, g, b] = onBar(x, y) ? BAR : TILE;
      out.set([b!, g!, r!, 0xff], at); // BGRA
    }
  }
  return out;
}

function onBar(x: number, y: number): boolean {
  return BARS.some(([bx, by, w, h]) => x >= bx && x < bx + w && y >= by && y < by + h);
}

function insideTile(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

/** Writes /favicon.svg and /favicon.ico into the built site. */
export async function writeFavicons(output: string): Promise<void> {
  await Promise.all([writeFile(join(output, "favicon.svg"), faviconSvg()), writeFile(join(output, "favicon.ico"), faviconIco())]);
}
