/**
 * Finds the locales: every folder under src/languages/ with an index.ts that
 * exports `locale`. Adding a language means adding a folder; nothing here changes.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "./extraction.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));
let loaded: Promise<Locale[]> | undefined;

export function loadLocales(): Promise<Locale[]> {
  loaded ??= Promise.all(
    readdirSync(HERE)
      .filter((name) => statSync(join(HERE, name)).isDirectory() && existsSync(join(HERE, name, "index.ts")))
      .sort()
      // A relative template: the compiled CLI (src/cli/compile.mjs) bundles every folder's index.ts from it.
      .map(async (name) => (await import(`./${name}/index.ts`)).locale as Locale),
  );
  return loaded;
}

export class UnknownLanguageError extends Error {
  constructor(tag: string, known: string[]) {
    super(`No extraction locale for "${tag}". Known: ${known.join(", ")}. Add one as a folder in src/languages/.`);
    this.name = "UnknownLanguageError";
  }
}

/** The locale for a language tag (zh-Hans → zh), or the best match for the text. */
export async function pickLocale(text: string, tag?: string): Promise<Locale> {
  const locales = await loadLocales();
  if (tag) {
    const lower = tag.toLowerCase();
    const found =
      locales.find((l) => [l.tag, ...(l.aliases ?? [])].some((t) => t.toLowerCase() === lower)) ??
      locales.find((l) => l.tag === languageOf(tag));
    if (!found) throw new UnknownLanguageError(tag, locales.map((l) => l.tag));
    return found;
  }
  const sample = text.slice(0, 20_000);
  return locales.map((l) => ({ l, score: l.detect(sample) })).sort((a, b) => b.score - a.score)[0]!.l;
}

function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined; // not a well-formed tag (en_US): reported as unknown
  }
}
