/** Picks the label of an era or group for a page's language. */
import type { Labels } from "../schema/index.ts";

/** The label in `lang`, else one in the same language (zh for zh-Hans), else the main language's, else the first. */
export function labelIn(labels: Labels, lang: string, mainLang: string): string {
  const entries = Object.entries(labels) as [string, string][];
  const language = (tag: string) => new Intl.Locale(tag).language;
  return (
    labels[lang as keyof Labels] ??
    entries.find(([tag]) => language(tag) === language(lang))?.[1] ??
    labels[mainLang as keyof Labels] ??
    entries[0]![1]
  );
}
