/** Every page has an icon from the site itself, and /favicon.ico (which browsers request unasked) exists. */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { SITE } from "../support/build.ts";

test("every page links an SVG icon that the site serves", () => {
  const pages = readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const without = pages.filter((f) => {
    const links = readFileSync(join(SITE, f), "utf8").match(/<link rel="icon" [^>]*>/g) ?? [];
    return links.length !== 1 || !links[0]!.includes('href="/favicon.svg"');
  });
  assert.deepEqual(without, [], "pages without exactly one local icon link");
  const svg = readFileSync(join(SITE, "favicon.svg"), "utf8");
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
  assert.ok(!/href=|url\(/.test(svg), "the icon refers to nothing else");
});

test("/favicon.ico is a 32 × 32 icon: an opaque tile with transparent rounded corners", () => {
  const file = join(SITE, "favicon.ico");
  assert.ok(existsSync(file), "/favicon.ico is missing: every page would log a 404");
  const ico = readFileSync(file);
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], [0, 1, 1], "ICO header");
  assert.deepEqual([ico[6], ico[7], ico.readUInt16LE(12)], [32, 32, 32], "32 × 32, 32 bits per pixel");
  const offset = ico.readUInt32LE(18);
  assert.equal(ico.readUInt32LE(14), ico.length - offset, "image size");
  const alpha = (x: number, y: number) => ico[offset + 40 + ((31 - y) * 32 + x) * 4 + 3];
  assert.equal(alpha(0, 0), 0, "top-left corner transparent");
  assert.equal(alpha(16, 1), 255, "top edge opaque");
  assert.equal(alpha(31, 31), 0, "bottom-right corner transparent");
});
