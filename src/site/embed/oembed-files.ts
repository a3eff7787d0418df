/**
 * Each event's oEmbed response (/events/<id>/oembed.json), written beside its page when a run has
 * written its pages, rather than paginated through a template: the file is data from one function,
 * and a site of 10,000 events in four languages has 36,732 of them, each of which Eleventy would
 * otherwise carry through its whole life of a page (data, permalink, render, results held in memory).
 */
import { writeAtUrl } from "../output-files.ts";
import { routes } from "../routes.ts";
import type { EventView } from "../views.ts";
import { oembed } from "./snippet.ts";

export function writeEventOembeds(output: string, entries: readonly EventView[]): void {
  for (const entry of entries) {
    writeAtUrl(output, routes.eventOembed(entry.timeline.prefix, entry.event.id), `${JSON.stringify(oembed(entry.timeline, entry), null, 2)}\n`);
  }
}
