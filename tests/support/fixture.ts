/**
 * A small valid dataset in a temporary folder, for tests that need to break one
 * thing at a time. Files are written as text so tests can check line numbers.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "./temp.ts";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

export const DOCUMENT = "新华社开罗3月5日电 3月29日，中国抗疫医疗专家组抵达老挝首都万象。\nوصل فريق طبي صيني إلى بغداد يوم 7 مارس.";

export function validEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const quote = "3月29日，中国抗疫医疗专家组抵达老挝首都万象。";
  const start = [...DOCUMENT.slice(0, DOCUMENT.indexOf(quote))].length;
  return {
    id: "2020-03-29-expert-team-arrives-in-laos",
    status: "published",
    date: { start: "2020-03-29", precision: "day" },
    headline: "Chinese medical expert team arrives in Vientiane",
    summary: "A Chinese medical expert team arrived in the Lao capital.",
    citations: [{ source: "doc", quote, lang: "zh-Hans", start, end: start + [...quote].length }],
    countries: ["LA", "CN"],
    tags: ["medical-team"],
    added: "2026-11-23T09:00:00Z",
    updated: "2026-11-23T09:00:00Z",
    ...overrides,
  };
}

export interface Fixture {
  dir: string;
  write(file: string, text: string): void;
  writeEvents(events: unknown[], file?: string): void;
}

/** A data folder with site.json, one source and its document, and one event. */
export function makeFixture(events: unknown[] = [validEvent()]): Fixture {
  const dir = tempFolder("fixture");
  mkdirSync(join(dir, "documents"));
  mkdirSync(join(dir, "events"));
  const site = JSON.parse(readFileSync(join(ROOT, "_data/site.json"), "utf8"));
  const fixture: Fixture = {
    dir,
    write: (file, text) => writeFileSync(join(dir, file), text),
    writeEvents: (list, file = "events/events.json") => fixture.write(file, `${JSON.stringify({ events: list }, null, 2)}\n`),
  };
  fixture.write("site.json", JSON.stringify(site, null, 2));
  fixture.write("documents/doc.txt", DOCUMENT);
  fixture.write(
    "sources.json",
    JSON.stringify(
      {
        sources: [
          {
            id: "doc",
            file: "doc.txt",
            title: "Test document",
            lang: "zh-Hans",
            published: { date: "2020-03-29", basis: "dateline", evidence: "3月5日电" },
          },
        ],
      },
      null,
      2,
    ),
  );
  fixture.writeEvents(events);
  return fixture;
}
