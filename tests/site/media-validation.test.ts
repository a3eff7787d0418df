/** Media mistakes are reported with file, line, field and the fix; an oversized original is a warning only. */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { embedFor } from "../../src/site/media/embeds.ts";
import { formatProblem, loadDataset, type Problem } from "../../src/validate/index.ts";
import { makeFixture, validEvent } from "../support/fixture.ts";

const ok = { alt: "A chart", credit: "Newsroom" };

/** Loads one published event with these media items (and files under media/); returns problems and warnings. */
async function check(media: Record<string, unknown>[], files: Record<string, string | Buffer> = {}, status = "published") {
  const fixture = makeFixture([validEvent({ status, media })]);
  mkdirSync(join(fixture.dir, "media"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(fixture.dir, "media", name), content);
  const result = await loadDataset({ root: fixture.dir, data: fixture.dir });
  return { ok: result.ok, problems: result.ok ? [] : result.problems, warnings: result.warnings };
}

function only(problems: Problem[], field: string): Problem {
  const found = problems.filter((p) => p.field === field);
  assert.equal(found.length, 1, `one problem at ${field}: ${problems.map(formatProblem).join("; ")}`);
  assert.equal(found[0]!.file, "events/events.json");
  assert.ok(found[0]!.line! > 1, "located on its line");
  return found[0]!;
}

describe("media validation", () => {
  test("a well-formed item passes without warnings", async () => {
    const result = await check([{ src: "chart.png", ...ok }], { "chart.png": "png" });
    assert.deepEqual(result, { ok: true, problems: [], warnings: [] });
  });

  test("a picture without alt text (or the decorative flag) and an item without credit are refused at publishing", async () => {
    const { problems } = await check([{ src: "chart.png", credit: "Newsroom" }, { src: "map.png", kind: "map", alt: "Laos" }, { src: "dot.png", decorative: true, credit: "Newsroom" }], { "chart.png": "", "map.png": "", "dot.png": "" });
    assert.match(only(problems, "events[0].media[0].alt").message, /needs alt text.*decorative/);
    assert.match(only(problems, "events[0].media[1].credit").message, /add a credit/);
    assert.equal(problems.length, 2);
    assert.ok((await check([{ src: "chart.png" }], { "chart.png": "" }, "draft")).ok, "a draft may lack them");
  });

  test("a missing local file names the path and the folder", async () => {
    const { problems } = await check([{ src: "photos/team.jpg", ...ok }]);
    assert.match(only(problems, "events[0].media[0].src").message, /media\/photos\/team\.jpg does not exist: put the file in .*media\/ or fix the name/);
  });

  test("formats the site cannot publish, with the fix", async () => {
    const { problems } = await check(
      [
        { src: "scan.bmp", ...ok },
        { src: "https://photos.example.org/IMG_0001.HEIC", ...ok },
        { src: "bundle.zip", ...ok },
        { src: "clip.mp4", kind: "audio", ...ok },
        { src: "https://www.youtube.com/watch?v=abcdefgh", thumbnail: "poster.pdf", ...ok },
        { src: "notes", ...ok },
      ],
      { "scan.bmp": "", "bundle.zip": "", "clip.mp4": "", "poster.pdf": "", notes: "" },
    );
    assert.match(only(problems, "events[0].media[0].src").message, /\.bmp is not an image format .*: export it as JPEG \(photos\), PNG/);
    assert.match(only(problems, "events[0].media[1].src").message, /\.heic is not an image format/);
    assert.match(only(problems, "events[0].media[2].src").message, /\.zip is not a document format .*publish it as PDF/);
    assert.match(only(problems, "events[0].media[3].src").message, /\.mp4 is not an audio format .*convert it to MP3/);
    assert.match(only(problems, "events[0].media[4].thumbnail").message, /a thumbnail is a picture: \.pdf/);
    assert.match(only(problems, "events[0].media[5].src").message, /no extension/);
    assert.equal(problems.length, 6);
  });

  test("http and other schemes are refused; https pages of any kind are not", async () => {
    const { problems } = await check([{ src: "http://example.org/photo.jpg", ...ok }, { src: "https://example.org/report", credit: "Newsroom" }, { src: "https://example.org/plan.pdf", credit: "Newsroom" }]);
    assert.match(only(problems, "events[0].media[0].src").message, /use an https:\/\/ URL/);
    assert.equal(problems.length, 1);
  });

  test("an oversized original is a warning with its size, and the data stays valid", async () => {
    const { ok: valid, warnings } = await check([{ src: "huge.jpg", ...ok }], { "huge.jpg": Buffer.alloc(5_400_000) });
    assert.equal(valid, true);
    const [warning, ...rest] = warnings;
    assert.equal(rest.length, 0);
    assert.equal(warning!.field, "events[0].media[0].src");
    assert.match(warning!.message, /media\/huge\.jpg is 5\.4 MB, more than 5\.0 MB: export it at most 2,400 pixels wide/);
  });
});

describe("players the site can embed behind a facade", () => {
  test("YouTube, Vimeo, Dailymotion, SoundCloud, Spotify and Apple Podcasts addresses give their players", () => {
    const player = (url: string) => embedFor(url)?.player;
    assert.equal(player("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42");
    assert.equal(player("https://youtu.be/dQw4w9WgXcQ"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    assert.equal(player("https://www.youtube.com/shorts/dQw4w9WgXcQ"), "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    assert.equal(player("https://vimeo.com/76979871"), "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
    assert.equal(player("https://www.dailymotion.com/video/x7tgad0"), "https://www.dailymotion.com/embed/video/x7tgad0?autoplay=1");
    assert.equal(player("https://soundcloud.com/newsroom/briefing"), "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fnewsroom%2Fbriefing&auto_play=true");
    assert.equal(embedFor("https://soundcloud.com/newsroom/briefing")?.audio, true);
    assert.equal(player("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk"), "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk");
    assert.match(player("https://podcasts.apple.com/us/podcast/the-daily/id1200361736")!, /^https:\/\/embed\.podcasts\.apple\.com\/us\/podcast/);
  });

  test("anything else is not embedded: other hosts, channel pages, plain http", () => {
    for (const url of ["https://example.org/video.mp4", "https://www.youtube.com/@newsroom", "https://vimeo.com/channels/staffpicks", "http://youtu.be/dQw4w9WgXcQ", "https://soundcloud.com/newsroom", "not a url"]) {
      assert.equal(embedFor(url), undefined, url);
    }
  });
});
