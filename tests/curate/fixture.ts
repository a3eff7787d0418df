/**
 * A small dataset for the curate workflow: one English report (the template locale),
 * one curated event citing its first dated sentence, in a temporary data folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

export const REPORT = [
  "Updated: 2020-04-02",
  "",
  "China sent a team of medical experts to Laos on March 29, 2020. The team arrived in Vientiane with supplies.",
  "",
  "On March 27, the WHO held a briefing with experts in Wuhan. As of April 1, more than 200 countries were affected.",
  "",
].join("\n");

export const CITED = "China sent a team of medical experts to Laos on March 29, 2020.";

export const codePointsBefore = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

export function curatedEvent(): Record<string, unknown> {
  const start = codePointsBefore(REPORT, CITED);
  return {
    id: "2020-03-29-chinese-experts-sent-to-laos",
    status: "published",
    date: { start: "2020-03-29", precision: "day" },
    headline: "China sends medical experts to Laos",
    summary: "China sent a team of medical experts to Laos.",
    citations: [{ source: "report", quote: CITED, lang: "en", start, end: start + [...CITED].length }],
    countries: ["CN", "LA"],
    tags: ["medical-team"],
    added: "2026-11-23T09:00:00Z",
    updated: "2026-11-23T09:00:00Z",
  };
}

export interface CurateFixture {
  data: string;
  eventsFile: string;
  read(file: string): string;
  /** Every file under events/, name → bytes. */
  events(): Record<string, string>;
}

export function makeCurateFixture(): CurateFixture {
  const data = tempFolder("curate");
  mkdirSync(join(data, "documents"));
  mkdirSync(join(data, "events"));
  writeFileSync(join(data, "site.json"), readFileSync(join(ROOT, "_data/site.json")));
  writeFileSync(join(data, "documents", "report.txt"), REPORT);
  const sources = {
    $schema: "../src/schema/generated/sources.schema.json",
    sources: [
      {
        id: "report",
        file: "report.txt",
        title: "Test report",
        lang: "en",
        published: { date: "2020-04-02", basis: "page-date", evidence: "Updated: 2020-04-02" },
      },
    ],
  };
  writeFileSync(join(data, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
  const eventsFile = join(data, "events", "2020-03.json");
  writeFileSync(eventsFile, `${JSON.stringify({ $schema: "../../src/schema/generated/events.schema.json", events: [curatedEvent()] }, null, 2)}\n`);
  return {
    data,
    eventsFile,
    read: (file) => readFileSync(join(data, file), "utf8"),
    events: () => Object.fromEntries(readdirSync(join(data, "events")).sort().map((n) => [n, readFileSync(join(data, "events", n), "utf8")])),
  };
}
