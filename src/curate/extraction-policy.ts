/**
 * The editor's extraction policy, site.json's `extraction` (src/schema/site.ts): read wherever
 * drafts are proposed (propose-job.ts) and recorded in each drafts file, so that drafts made
 * under another policy are set aside, not shown as current (drafts-store.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DraftsFile } from "../extract/drafts/schema.ts";
import { ExtractionSettings, type SiteConfig } from "../schema/index.ts";

export type ExtractionPolicy = NonNullable<DraftsFile["extraction"]>;

/** The policy with its defaults: vague past words are not read. */
export function extractionPolicy(site: Pick<SiteConfig, "extraction">): ExtractionPolicy {
  return { vague: site.extraction?.vague ?? false };
}

/**
 * The policy in <data>/site.json without validating the rest of the file (the desk and the review
 * page show drafts while other data has problems); undefined when it cannot be told.
 */
export async function readExtractionPolicy(data: string): Promise<ExtractionPolicy | undefined> {
  try {
    const site = JSON.parse(await readFile(join(data, "site.json"), "utf8")) as { extraction?: unknown } | null;
    const parsed = ExtractionSettings.optional().safeParse(site?.extraction);
    return parsed.success ? extractionPolicy({ extraction: parsed.data }) : undefined;
  } catch {
    return undefined;
  }
}

/** Why drafts made under the file's policy are not current under `policy`, or undefined if they are (or it cannot be told). */
export function staleReason(file: DraftsFile, policy: ExtractionPolicy | undefined): string | undefined {
  // Files from before the policy existed read no vague words.
  const made = file.extraction?.vague ?? false;
  if (!policy || made === policy.vague) return undefined;
  return `proposed with site.json's extraction.vague ${made}, which is now ${policy.vague}: propose them again with \`datelines extract\` or the desk's Propose drafts`;
}
