/** Slugs for ids (events, sources, groups, eras): lowercase Latin letters, digits, single hyphens. Used by promote, add and import. */

/** "Côte d’Ivoire & São Tomé" → "cote-d-ivoire-and-sao-tome"; "" for text without Latin letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A slug cut to at most `max` characters, at a hyphen when there is one. */
export function clip(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

/** The slug, or slug-2, slug-3… (within `max`), whichever is not taken; the result is marked taken. */
export function unique(slug: string, taken: Set<string>, max: number): string {
  let candidate = clip(slug, max);
  for (let n = 2; taken.has(candidate); n++) candidate = `${clip(slug, max - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}
