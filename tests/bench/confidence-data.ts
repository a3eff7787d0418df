/**
 * The labelled drafts the confidence model is fitted and checked on: every document of
 * the extraction dev set (tests/extract/devset/) and of the page-chrome set
 * (tests/extract/drafts/calibration/), both labelled per tests/extract/devset/GUIDELINES.md,
 * run through extraction and proposal as `datelines extract` runs them; each draft with
 * its features and whether it is right (defined in src/extract/drafts/confidence.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDates, pickLocale } from "../../src/extract/index.ts";
import { proposeWithFeatures } from "../../src/extract/drafts/propose.ts";
import type { Features } from "../../src/extract/drafts/confidence-features.ts";
import type { Draft, ReferenceBasis } from "../../src/extract/drafts/schema.ts";
import type { Mention } from "../../src/extract/engine/types.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
export const LABELLED_SETS = [join(ROOT, "tests/extract/devset"), join(ROOT, "tests/extract/drafts/calibration")];

interface Gold {
  text: string;
  index: number;
  value: string;
  mod?: string;
  role?: string;
}

export interface Example {
  lang: string;
  /** "<set>/<lang>/<file>": the unit of cross-validation. */
  doc: string;
  draft: Draft;
  mention: Mention;
  features: Features;
  right: boolean;
}

/** Every labelled draft, in a fixed order (set, language, manifest order, position). */
export async function labelledDrafts(sets: readonly string[] = LABELLED_SETS): Promise<Example[]> {
  const out: Example[] = [];
  for (const set of sets) {
    for (const lang of readdirSync(set).filter((d) => existsSync(join(set, d, "manifest.json"))).sort()) {
      const locale = await pickLocale("", lang);
      const manifest = JSON.parse(readFileSync(join(set, lang, "manifest.json"), "utf8")) as { file: string; origin: string; published: string | null }[];
      for (const entry of manifest) {
        const text = readFileSync(entry.origin === "seed" ? join(ROOT, entry.file) : join(set, lang, entry.file), "utf8");
        const gold = JSON.parse(readFileSync(join(set, lang, `${basename(entry.file, ".txt")}.gold.json`), "utf8")) as Gold[];
        // Vague past words too (the gold labels them; an editor's policy may ask for them).
        const extraction = extractDates(text, locale, { ...(entry.published ? { published: entry.published } : {}), vague: true });
        const reference: ReferenceBasis = entry.published ? "published" : extraction.reference.basis === "dateline" ? "dateline" : "today";
        const { scored } = proposeWithFeatures({ source: { id: basename(entry.file, ".txt"), lang }, text, mentions: extraction.mentions, reference, curated: [] });
        const byIndex = new Map(extraction.mentions.map((m) => [m.index, m]));
        for (const { draft, features } of scored) {
          const mention = byIndex.get(draft.mention.index)!;
          out.push({ lang, doc: `${basename(set)}/${lang}/${entry.file}`, draft, mention, features, right: isRight(mention, gold) });
        }
      }
    }
  }
  return out;
}

/** The labels have this mention (text, index, value, modifier) as an event or as-of date. */
export function isRight(mention: Mention, gold: readonly Gold[]): boolean {
  return gold.some(
    (g) => g.index === mention.index && g.text === mention.text && g.value === mention.value && (g.mod ?? null) === (mention.mod ?? null) && g.role !== "dateline",
  );
}
