/** The fixture timelines (tests/ingest/timelines/fixtures/), read as `datelines import` reads them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readTimeline } from "../../../src/ingest/timelines/index.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const NOW = "2026-11-24T10:30:00Z";

export const read = (name: string) => readTimeline(readFileSync(join(FIXTURES, name)), name.split("/").pop()!);
