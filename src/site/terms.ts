/**
 * Tags and places in a page's language: the label from tags.json or places.json in that
 * language, else the main language's words (a tag's label, or its slug with spaces; a place
 * as events list it), marked with the language they are in so that pages say so (`lang`).
 */
import { textDirection } from "../core/text-direction.ts";
import type { Group, Labels, PlaceName, TagLabel } from "../schema/index.ts";
import type { Term, Terms } from "./views.ts";
import { intlLocale } from "../core/intl.ts";

/** Names for the tags and places the events use, in `lang`. */
export function termsIn(
  used: { tags: readonly string[]; places?: readonly string[] | undefined }[],
  labels: { tags?: readonly TagLabel[]; places?: readonly PlaceName[] },
  lang: string,
  mainLang: string,
): Terms {
  const tagLabels = new Map((labels.tags ?? []).map((t) => [t.id, t.label]));
  const placeLabels = new Map((labels.places ?? []).map((p) => [p.name, p.label]));
  const terms: Terms = { tags: {}, places: {} };
  for (const event of used) {
    for (const tag of event.tags) terms.tags[tag] ??= termIn(tagLabels.get(tag), lang, mainLang, tag.replace(/-/g, " "));
    for (const place of event.places ?? []) terms.places[place] ??= termIn(placeLabels.get(place), lang, mainLang, place);
  }
  return terms;
}

/** Each group of groups.json named in `lang`, in the file's order. */
export function groupTerms(groups: readonly Group[], lang: string, mainLang: string): { id: string; term: Term }[] {
  return groups.map((g) => ({ id: g.id, term: termIn(g.label, lang, mainLang) }));
}

/**
 * The label in `lang` (or the same language: zh for zh-Hans), else the main language's, else
 * `written` (by default the first label given), marked with the language it is in.
 */
export function termIn(labels: Labels | undefined, lang: string, mainLang: string, written = Object.values(labels ?? {})[0] ?? ""): Term {
  const base = (tag: string) => intlLocale(tag).language;
  const entries = Object.entries(labels ?? {}) as [string, string][];
  const [tag, text] = entries.find(([t]) => t === lang) ?? entries.find(([t]) => base(t) === base(lang)) ?? entries.find(([t]) => base(t) === base(mainLang)) ?? [mainLang, written];
  const shown = base(tag) === base(lang) ? lang : tag;
  return { text, lang: shown, dir: textDirection(shown) };
}
