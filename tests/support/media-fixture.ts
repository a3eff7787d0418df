/**
 * A small dataset whose first event has one of each kind of media: a local picture, a YouTube
 * video with a local poster, a remote picture (never downloaded in tests: the build runs
 * offline, so it must become a link card) and a local PDF. Pictures are drawn here with resvg.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPng } from "./sample-media.ts";
import { makeFixture, validEvent, type Fixture } from "./fixture.ts";
import { buildSite } from "./build.ts";
import { tempFolder } from "./temp.ts";

export const YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
export const REMOTE_PICTURE = "https://images.example.org/photo.jpg";

export function drawing(width: number, height: number, fill: string): Buffer {
  return renderPng(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#fffdf8"/><rect x="20" y="20" width="${width / 2}" height="${height / 3}" fill="${fill}"/><rect x="20" y="${height / 2}" width="${width - 60}" height="${height / 3}" fill="${fill}"/></svg>`);
}

export const MEDIA_EVENT = validEvent({
  media: [
    { src: "charts/bars.png", alt: "Two bars, the second twice as long as the first", caption: "Aid in *two* batches", credit: "Datelines test desk" },
    { src: YOUTUBE, title: "The team lands in Vientiane", credit: "Test TV", thumbnail: "poster.png" },
    { src: REMOTE_PICTURE, alt: "A photo hosted elsewhere", credit: "Remote agency" },
    { src: "aid-report.pdf", title: "Aid report", credit: "Ministry of Health" },
  ],
});
export const PLAIN_EVENT = validEvent({ id: "2020-03-30-second-event", date: { start: "2020-03-30", precision: "day" }, headline: "A second event without media" });

export function makeMediaFixture(): Fixture {
  const fixture = makeFixture([MEDIA_EVENT, PLAIN_EVENT]);
  mkdirSync(join(fixture.dir, "media/charts"), { recursive: true });
  writeFileSync(join(fixture.dir, "media/charts/bars.png"), drawing(640, 360, "#8a1c1c"));
  writeFileSync(join(fixture.dir, "media/poster.png"), drawing(480, 270, "#1c4f8a"));
  writeFileSync(join(fixture.dir, "media/aid-report.pdf"), "%PDF-1.4\n% a stand-in for a report\n%%EOF\n");
  return fixture;
}

/** Builds the fixture offline into a new folder, with pictures cached in `cache` (a new folder by default). */
export function buildMediaSite(fixture: Fixture, cache = tempFolder("cache")): { site: string; cache: string } {
  return { site: buildSite({ data: fixture.dir, env: { DATELINES_CACHE: cache, DATELINES_OFFLINE: "1" } }), cache };
}
